package io.rasmi.incident.cert;

import io.rasmi.incident.incidents.Tlp;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.rasmi.events.IncidentSeverity;

/**
 * A {@link CertIncident} as a MISP event in the MISP core format ({@code {"Event": {...}}}), for CERTs that run
 * MISP: the incident's summary as {@code info}, its severity as {@code threat_level_id}, its state as
 * {@code analysis}, its TLP as {@code distribution} and a {@code tlp:*} tag, and one {@code user-account} object
 * (MISP object template) per affected account. UUIDs are the same as the STIX ids' UUIDs, so both exports of one
 * incident name it alike.
 */
public final class MispEvents {

    /** The MISP object template {@code user-account} (misp-objects), and the version these attributes follow. */
    static final String USER_ACCOUNT_TEMPLATE = "49606b06-22f0-4ac8-8eee-2f12ad46f3d3";
    static final String USER_ACCOUNT_TEMPLATE_VERSION = "6";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MispEvents() {
    }

    public static ObjectNode of(CertIncident incident) {
        String timestamp = Long.toString(incident.times().modifiedAt().getEpochSecond());
        String distribution = distribution(incident.tlp());

        ObjectNode event = JSON.objectNode();
        event.put("uuid", uuidOf(StixIds.incident(incident.id())));
        event.put("info", incident.texts().summary());
        event.put("date", DATE.format(incident.times().detectedAt() != null ? incident.times().detectedAt()
                : incident.times().reportedAt()));
        event.put("threat_level_id", threatLevel(incident.severity()));
        event.put("analysis", analysis(incident.state()));
        event.put("distribution", distribution);
        event.put("published", false);
        event.put("timestamp", timestamp);
        ObjectNode orgc = event.putObject("Orgc");
        orgc.put("uuid", uuidOf(StixIds.rasmi()));
        orgc.put("name", "Rasmi");

        ArrayNode tags = event.putArray("Tag");
        tags.addObject().put("name", incident.tlp().mispTag());
        tags.addObject().put("name", "rasmi:incident-type=\"" + StixBundles.incidentType(incident.type()) + "\"");
        tags.addObject().put("name", "rasmi:entity=\"" + incident.entityCode() + "\"");

        ArrayNode attributes = event.putArray("Attribute");
        if (incident.texts().description() != null) {
            attributes.add(attribute("comment", "Other", null, incident.texts().description(),
                    StixIds.of("misp-attribute", incident.id() + ":description"), distribution, timestamp));
        }

        ArrayNode objects = event.putArray("Object");
        for (CertIncident.AffectedAccount account : incident.accounts()) {
            String objectUuid = uuidOf(StixIds.userAccount(StixBundles.accountType(account.platform()),
                    account.handle()));
            ObjectNode object = objects.addObject();
            object.put("uuid", objectUuid);
            object.put("name", "user-account");
            object.put("meta-category", "misc");
            object.put("template_uuid", USER_ACCOUNT_TEMPLATE);
            object.put("template_version", USER_ACCOUNT_TEMPLATE_VERSION);
            object.put("description", "Official account of " + incident.entityDisplayName()
                    + " touched by the incident");
            object.put("distribution", distribution);
            object.put("timestamp", timestamp);
            ArrayNode objectAttributes = object.putArray("Attribute");
            objectAttributes.add(attribute("text", "Other", "username", account.handle(),
                    StixIds.of("misp-attribute", account.accountId() + ":username:" + incident.id()), distribution,
                    timestamp));
            objectAttributes.add(attribute("text", "Other", "account-type",
                    StixBundles.accountType(account.platform()),
                    StixIds.of("misp-attribute", account.accountId() + ":account-type:" + incident.id()),
                    distribution, timestamp));
            if (account.displayName() != null) {
                objectAttributes.add(attribute("text", "Other", "display-name", account.displayName(),
                        StixIds.of("misp-attribute", account.accountId() + ":display-name:" + incident.id()),
                        distribution, timestamp));
            }
        }
        ObjectNode root = JSON.objectNode();
        root.set("Event", event);
        return root;
    }

    /** MISP threat levels: 1 high, 2 medium, 3 low (4, undefined, is never sent: Rasmi always knows). */
    static String threatLevel(IncidentSeverity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "1";
            case MEDIUM -> "2";
            case LOW -> "3";
        };
    }

    /** MISP analysis: 0 initial (reported), 1 ongoing (being handled), 2 completed (closed). */
    static String analysis(CertIncident.State state) {
        return switch (state) {
            case REPORTED -> "0";
            case TRIAGED, CONTAINED, ERADICATED, RECOVERED -> "1";
            case CLOSED, FALSE_POSITIVE -> "2";
        };
    }

    /**
     * MISP distribution from the TLP: clear to all communities (3), green to connected communities (2), amber to
     * this community only (1), red to the receiving organisation only (0).
     */
    static String distribution(Tlp tlp) {
        return switch (tlp) {
            case CLEAR -> "3";
            case GREEN -> "2";
            case AMBER, AMBER_STRICT -> "1";
            case RED -> "0";
        };
    }

    private static ObjectNode attribute(String type, String category, String relation, String value, String stixId,
            String distribution, String timestamp) {
        ObjectNode attribute = JSON.objectNode();
        attribute.put("uuid", uuidOf(stixId));
        attribute.put("type", type);
        attribute.put("category", category);
        if (relation != null) {
            attribute.put("object_relation", relation);
        }
        attribute.put("value", value);
        attribute.put("to_ids", false);
        attribute.put("distribution", distribution);
        attribute.put("timestamp", timestamp);
        return attribute;
    }

    private static String uuidOf(String stixId) {
        return stixId.substring(stixId.indexOf("--") + 2);
    }
}
