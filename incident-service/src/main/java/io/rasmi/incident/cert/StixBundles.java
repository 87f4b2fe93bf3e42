package io.rasmi.incident.cert;

import io.rasmi.incident.incidents.Tlp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.rasmi.events.IncidentSeverity;
import io.rasmi.events.Platform;

/**
 * A {@link CertIncident} as a STIX 2.1 bundle: Rasmi's identity (every object's creator), the entity's identity,
 * the incident with the incident-core extension, that extension's definition, the TLP 2.0 marking, a
 * {@code user-account} per affected account related to the incident, and for an impersonation a
 * {@code threat-actor} that impersonates the entity.
 *
 * <p>Ids are stable ({@link StixIds}); {@code created} is when the incident was reported and {@code modified} when
 * it last changed, so a consumer keeps the newest version of each object.
 */
public final class StixBundles {

    /** The incident-core extension of the STIX incident (OASIS cti-stix-common-objects). */
    public static final String INCIDENT_CORE = "extension-definition--ef765651-680c-498d-9894-99799f2fa126";
    static final String INCIDENT_CORE_SCHEMA = "https://github.com/oasis-open/cti-stix-common-objects/tree/main/"
            + "extension-definition-specifications/incident-core";
    /** When Rasmi's long-lived objects (its identity, the entities', its copy of the extension) were first made. */
    static final Instant RASMI_EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final String SECTOR = "government-national";
    private static final DateTimeFormatter STIX_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<IncidentSeverity, Integer> CRITICALITY = Map.of(
            IncidentSeverity.LOW, 25, IncidentSeverity.MEDIUM, 50, IncidentSeverity.HIGH, 75,
            IncidentSeverity.CRITICAL, 100);

    private StixBundles() {
    }

    /** The bundle; its id is the same for the same incident at the same {@code modifiedAt}. */
    public static ObjectNode of(CertIncident incident) {
        String created = time(incident.times().reportedAt());
        String modified = time(incident.times().modifiedAt());
        String marking = incident.tlp().markingId();
        String incidentId = StixIds.incident(incident.id());

        ArrayNode objects = JSON.arrayNode();
        objects.add(rasmi());
        objects.add(entity(incident));
        objects.add(incidentCoreDefinition());
        objects.add(tlpMarking(incident.tlp()));

        ObjectNode stixIncident = sdo("incident", incidentId, created, modified, marking);
        stixIncident.put("name", incident.texts().summary());
        if (incident.texts().description() != null) {
            stixIncident.put("description", incident.texts().description());
        }
        stixIncident.putArray("external_references").addObject()
                .put("source_name", "rasmi")
                .put("external_id", incident.id().toString());
        ObjectNode core = stixIncident.putObject("extensions").putObject(INCIDENT_CORE);
        core.put("extension_type", "property-extension");
        core.put("determination", incident.determination().stix());
        core.put("investigation_status", investigationStatus(incident.state()));
        core.putArray("incident_types").add(incidentType(incident.type()));
        core.put("criticality", CRITICALITY.get(incident.severity()));
        objects.add(stixIncident);

        for (CertIncident.AffectedAccount account : incident.accounts()) {
            String accountType = accountType(account.platform());
            ObjectNode observable = JSON.objectNode();
            observable.put("type", "user-account");
            observable.put("spec_version", "2.1");
            observable.put("id", StixIds.userAccount(accountType, account.handle()));
            observable.put("account_type", accountType);
            observable.put("account_login", account.handle());
            if (account.displayName() != null) {
                observable.put("display_name", account.displayName());
            }
            observable.putArray("object_marking_refs").add(marking);
            objects.add(observable);
            objects.add(relationship("related-to", incidentId, observable.get("id").asText(), created, modified,
                    marking));
        }

        if (incident.impostor() != null && "IMPERSONATION".equals(incident.type())) {
            CertIncident.Impostor impostor = incident.impostor();
            String actorId = StixIds.of("threat-actor", incident.id().toString());
            ObjectNode actor = sdo("threat-actor", actorId, created, modified, marking);
            actor.put("name", impostor.handle() != null ? impostor.handle() : impostor.url());
            actor.put("description", "An account impersonating " + incident.entityDisplayName()
                    + (impostor.platform() == null ? "" : " on " + accountType(impostor.platform())));
            actor.putArray("threat_actor_types").add("unknown");
            if (impostor.handle() != null) {
                actor.putArray("aliases").add(impostor.handle());
            }
            if (impostor.url() != null) {
                actor.putArray("external_references").addObject()
                        .put("source_name", "impostor-profile")
                        .put("url", impostor.url());
            }
            objects.add(actor);
            objects.add(relationship("impersonates", actorId, StixIds.entity(incident.entityCode()), created,
                    modified, marking));
            objects.add(relationship("related-to", incidentId, actorId, created, modified, marking));
        }

        ObjectNode bundle = JSON.objectNode();
        bundle.put("type", "bundle");
        bundle.put("id", StixIds.of("bundle", incident.id() + "@" + modified));
        bundle.set("objects", objects);
        return bundle;
    }

    /** A STIX timestamp: UTC with milliseconds, as STIX producers commonly write them. */
    public static String time(Instant instant) {
        return STIX_TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The incident-core {@code investigation_status}: new until triaged, open while handled, closed at the end. */
    static String investigationStatus(CertIncident.State state) {
        return switch (state) {
            case REPORTED -> "new";
            case TRIAGED, CONTAINED, ERADICATED, RECOVERED -> "open";
            case CLOSED, FALSE_POSITIVE -> "closed";
        };
    }

    /** The incident type in the open {@code incident_types} vocabulary: lower case, words joined by hyphens. */
    static String incidentType(String type) {
        return type.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The platform as the {@code account_type} of a user-account, e.g. {@code facebook}. */
    static String accountType(Platform platform) {
        return platform.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static int criticality(IncidentSeverity severity) {
        return CRITICALITY.get(severity);
    }

    private static ObjectNode rasmi() {
        String epoch = time(RASMI_EPOCH);
        ObjectNode identity = JSON.objectNode();
        identity.put("type", "identity");
        identity.put("spec_version", "2.1");
        identity.put("id", StixIds.rasmi());
        identity.put("created_by_ref", StixIds.rasmi());
        identity.put("created", epoch);
        identity.put("modified", epoch);
        identity.put("name", "Rasmi");
        identity.put("description", "The register of official social media accounts of Iraqi government entities");
        identity.put("identity_class", "system");
        identity.putArray("sectors").add(SECTOR);
        return identity;
    }

    private static ObjectNode entity(CertIncident incident) {
        String epoch = time(RASMI_EPOCH);
        ObjectNode identity = JSON.objectNode();
        identity.put("type", "identity");
        identity.put("spec_version", "2.1");
        identity.put("id", StixIds.entity(incident.entityCode()));
        identity.put("created_by_ref", StixIds.rasmi());
        identity.put("created", epoch);
        identity.put("modified", epoch);
        identity.put("name", incident.entityDisplayName());
        identity.put("identity_class", "organization");
        identity.putArray("sectors").add(SECTOR);
        identity.putArray("external_references").addObject()
                .put("source_name", "rasmi")
                .put("external_id", incident.entityCode());
        return identity;
    }

    /** The extension's definition, so a consumer that has not met it learns where its schema is. */
    private static ObjectNode incidentCoreDefinition() {
        String epoch = time(RASMI_EPOCH);
        ObjectNode definition = JSON.objectNode();
        definition.put("type", "extension-definition");
        definition.put("spec_version", "2.1");
        definition.put("id", INCIDENT_CORE);
        definition.put("created_by_ref", StixIds.rasmi());
        definition.put("created", epoch);
        definition.put("modified", epoch);
        definition.put("name", "Incident Core Extension");
        definition.put("description", "Core details of an incident: determination, investigation status, "
                + "incident types and criticality (OASIS CTI incident extension suite).");
        definition.put("schema", INCIDENT_CORE_SCHEMA);
        definition.put("version", "1.0.0");
        definition.putArray("extension_types").add("property-extension");
        return definition;
    }

    private static ObjectNode tlpMarking(Tlp tlp) {
        ObjectNode marking = JSON.objectNode();
        marking.put("type", "marking-definition");
        marking.put("spec_version", "2.1");
        marking.put("id", tlp.markingId());
        marking.put("created", Tlp.CREATED);
        marking.put("name", tlp.markingName());
        marking.putObject("extensions").putObject(Tlp.EXTENSION_ID)
                .put("extension_type", "property-extension")
                .put("tlp_2_0", tlp.level());
        return marking;
    }

    private static ObjectNode sdo(String type, String id, String created, String modified, String marking) {
        ObjectNode object = JSON.objectNode();
        object.put("type", type);
        object.put("spec_version", "2.1");
        object.put("id", id);
        object.put("created_by_ref", StixIds.rasmi());
        object.put("created", created);
        object.put("modified", modified);
        object.putArray("object_marking_refs").add(marking);
        return object;
    }

    private static ObjectNode relationship(String type, String source, String target, String created,
            String modified, String marking) {
        ObjectNode relationship = sdo("relationship", StixIds.of("relationship", type + ":" + source + ":" + target),
                created, modified, marking);
        relationship.put("relationship_type", type);
        relationship.put("source_ref", source);
        relationship.put("target_ref", target);
        return relationship;
    }
}
