package io.rasmi.incident.cert;

import io.rasmi.incident.incidents.Tlp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.rasmi.events.IncidentSeverity;

class StixBundlesTest {

    /** The properties the incident-core extension defines (its schema forbids any other). */
    private static final Set<String> INCIDENT_CORE_PROPERTIES = Set.of("extension_type", "scores", "determination",
            "investigation_status", "incident_types", "detection_methods", "criticality", "recoverability",
            "availability_impacts", "external_impacts", "confidentiality_impacts", "integrity_impacts",
            "monetary_impacts", "physical_impacts", "traceability_impacts", "other_impacts", "impacted_entity_counts",
            "impacted_refs", "subincident_refs", "task_refs", "event_refs");
    private static final Set<String> DETERMINATIONS = Set.of("blocked", "failed-attempt", "false-positive",
            "low-value", "successful-attempt", "suspected");

    static Stream<Arguments> everyTypeWithEachTlpStateAndSeverity() {
        List<Arguments> cases = new ArrayList<>();
        List<String> types = CertIncident.TYPES.stream().sorted().toList();
        for (int i = 0; i < types.size(); i++) {
            cases.add(Arguments.of(types.get(i), Tlp.values()[i % Tlp.values().length],
                    CertIncident.State.values()[i % CertIncident.State.values().length],
                    IncidentSeverity.values()[i % IncidentSeverity.values().length],
                    CertIncident.Determination.values()[i % CertIncident.Determination.values().length]));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("everyTypeWithEachTlpStateAndSeverity")
    void shouldProduceABundleTheOasisSchemasAccept(String type, Tlp tlp, CertIncident.State state,
            IncidentSeverity severity, CertIncident.Determination determination) {
        CertIncident.Builder builder = CertIncidents.compromise().type(type).tlp(tlp).state(state)
                .severity(severity).determination(determination);
        if (type.equals("IMPERSONATION")) {
            builder.impostor(null, "moh.iraq.official1", null);
        }

        ObjectNode bundle = StixBundles.of(builder.build());

        StixSchemas.assertValidBundle(bundle);
        JsonNode core = incident(bundle).path("extensions").path(StixBundles.INCIDENT_CORE);
        assertThat(core.path("incident_types").get(0).asText()).isEqualTo(type.toLowerCase().replace('_', '-'));
        assertThat(core.path("determination").asText()).isEqualTo(determination.stix());
        assertThat(object(bundle, tlp.markingId()).path("name").asText()).isEqualTo(tlp.markingName());
    }

    @Test
    void shouldProduceAValidBundleForAnIncidentWithoutAccountsDescriptionOrEntityName() {
        CertIncident incident = CertIncident.builder().id(UUID.randomUUID()).entity("mohe", null).type("OTHER")
                .severity(IncidentSeverity.LOW).summary("Suspicious e-mail to the social media unit")
                .reportedAt(Instant.parse("2026-03-01T10:00:00Z")).build();

        ObjectNode bundle = StixBundles.of(incident);

        StixSchemas.assertValidBundle(bundle);
        assertThat(object(bundle, StixIds.entity("mohe")).path("name").asText()).isEqualTo("mohe");
        assertThat(objects(bundle, "user-account")).isEmpty();
    }

    @Test
    void shouldRefuseAnInvalidBundleSoTheSchemaCheckCanFail() {
        ObjectNode bundle = StixBundles.of(CertIncidents.compromise().build());
        ((ObjectNode) incident(bundle)).remove("name");
        ((ObjectNode) objects(bundle, "user-account").get(0)).put("id", "user-account--not-a-uuid");

        List<String> violations = StixSchemas.validateBundle(bundle);

        assertThat(violations).anyMatch(v -> v.contains("name"));
        assertThat(violations).anyMatch(v -> v.contains("id"));
    }

    @Test
    void shouldCarryTheIncidentCoreExtensionWithItsRequiredPropertiesOnly() {
        ObjectNode bundle = StixBundles.of(CertIncidents.compromise().severity(IncidentSeverity.CRITICAL)
                .state(CertIncident.State.CONTAINED).determination(CertIncident.Determination.SUCCESSFUL_ATTEMPT)
                .build());

        JsonNode core = incident(bundle).path("extensions").path(StixBundles.INCIDENT_CORE);
        assertThat(names(core)).contains("extension_type", "determination", "investigation_status")
                .allMatch(INCIDENT_CORE_PROPERTIES::contains);
        assertThat(core.path("extension_type").asText()).isEqualTo("property-extension");
        assertThat(DETERMINATIONS).contains(core.path("determination").asText());
        assertThat(core.path("investigation_status").asText()).isEqualTo("open");
        assertThat(core.path("criticality").asInt()).isEqualTo(100);
        JsonNode definition = object(bundle, StixBundles.INCIDENT_CORE);
        assertThat(definition.path("type").asText()).isEqualTo("extension-definition");
        assertThat(definition.path("extension_types").get(0).asText()).isEqualTo("property-extension");
    }

    @Test
    void shouldGrowCriticalityWithSeverityWithinZeroToHundred() {
        List<Integer> criticalities = Stream.of(IncidentSeverity.values())
                .map(severity -> incident(StixBundles.of(CertIncidents.compromise().severity(severity).build()))
                        .at("/extensions/" + StixBundles.INCIDENT_CORE + "/criticality").asInt())
                .toList();

        assertThat(criticalities).isSorted().doesNotHaveDuplicates().allMatch(c -> c >= 0 && c <= 100);
    }

    @Test
    void shouldMapTheLifecycleToTheInvestigationStatus() {
        assertThat(StixBundles.investigationStatus(CertIncident.State.REPORTED)).isEqualTo("new");
        assertThat(StixBundles.investigationStatus(CertIncident.State.TRIAGED)).isEqualTo("open");
        assertThat(StixBundles.investigationStatus(CertIncident.State.RECOVERED)).isEqualTo("open");
        assertThat(StixBundles.investigationStatus(CertIncident.State.CLOSED)).isEqualTo("closed");
        assertThat(StixBundles.investigationStatus(CertIncident.State.FALSE_POSITIVE)).isEqualTo("closed");
    }

    @Test
    void shouldDescribeTheEntityAsANationalGovernmentOrganisationAndRasmiAsEveryObjectsCreator() {
        ObjectNode bundle = StixBundles.of(CertIncidents.compromise().build());

        JsonNode entity = object(bundle, StixIds.entity("moh"));
        assertThat(entity.path("identity_class").asText()).isEqualTo("organization");
        assertThat(entity.path("sectors").get(0).asText()).isEqualTo("government-national");
        assertThat(entity.path("name").asText()).isEqualTo("وزارة الصحة العراقية");
        for (JsonNode object : bundle.path("objects")) {
            String type = object.path("type").asText();
            if (!type.equals("marking-definition") && !type.equals("user-account")) {
                assertThat(object.path("created_by_ref").asText()).as(type).isEqualTo(StixIds.rasmi());
            }
            if (!type.equals("marking-definition") && !type.equals("identity")
                    && !type.equals("extension-definition")) {
                assertThat(object.path("object_marking_refs").get(0).asText()).as(type)
                        .isEqualTo(Tlp.AMBER.markingId());
            }
        }
    }

    @Test
    void shouldLinkEveryAffectedAccountToTheIncident() {
        ObjectNode bundle = StixBundles.of(CertIncidents.compromise().build());
        String incidentId = StixIds.incident(CertIncidents.INCIDENT_ID);

        List<JsonNode> accounts = objects(bundle, "user-account");
        assertThat(accounts).extracting(a -> a.path("account_login").asText()).containsExactly("moh.iraq", "MOH_Iraq");
        assertThat(accounts).extracting(a -> a.path("account_type").asText()).containsExactly("facebook", "x");
        assertThat(accounts.get(0).path("display_name").asText()).isEqualTo("وزارة الصحة");
        for (JsonNode account : accounts) {
            assertThat(objects(bundle, "relationship")).anyMatch(r -> r.path("source_ref").asText().equals(incidentId)
                    && r.path("target_ref").asText().equals(account.path("id").asText())
                    && r.path("relationship_type").asText().equals("related-to"));
        }
    }

    @Test
    void shouldAddAThreatActorThatImpersonatesTheEntityForAnImpersonation() {
        ObjectNode bundle = StixBundles.of(CertIncidents.impersonation().build());

        StixSchemas.assertValidBundle(bundle);
        JsonNode actor = objects(bundle, "threat-actor").get(0);
        assertThat(actor.path("name").asText()).isEqualTo("moh.iraq.official1");
        assertThat(actor.at("/external_references/0/url").asText())
                .isEqualTo("https://www.facebook.com/moh.iraq.official1");
        assertThat(objects(bundle, "relationship")).anyMatch(r -> r.path("relationship_type").asText()
                .equals("impersonates") && r.path("source_ref").asText().equals(actor.path("id").asText())
                && r.path("target_ref").asText().equals(StixIds.entity("moh")));
        assertThat(objects(StixBundles.of(CertIncidents.compromise().build()), "threat-actor")).isEmpty();
    }

    @Test
    void shouldGiveTheSameIncidentEntityAndAccountsTheSameIdsInEveryBundle() {
        ObjectNode first = StixBundles.of(CertIncidents.compromise().build());
        ObjectNode later = StixBundles.of(CertIncidents.compromise().state(CertIncident.State.CLOSED)
                .modifiedAt(CertIncidents.REPORTED_AT.plusSeconds(86_400)).build());

        assertThat(ids(later)).isEqualTo(ids(first));
        assertThat(incident(first).path("id").asText()).isEqualTo(StixIds.incident(CertIncidents.INCIDENT_ID))
                .matches("incident--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(later.path("id").asText()).isNotEqualTo(first.path("id").asText());
        assertThat(StixBundles.of(CertIncidents.compromise().build()).path("id").asText())
                .isEqualTo(first.path("id").asText());
        assertThat(StixIds.incident(UUID.randomUUID())).isNotEqualTo(incident(first).path("id").asText());
    }

    @Test
    void shouldDateTheIncidentFromItsReportAndLastChangeNeverBeforeItsCreation() {
        JsonNode changed = incident(StixBundles.of(CertIncidents.compromise()
                .modifiedAt(Instant.parse("2026-02-04T09:00:00Z")).build()));
        JsonNode backwards = incident(StixBundles.of(CertIncidents.compromise()
                .modifiedAt(CertIncidents.REPORTED_AT.minusSeconds(60)).build()));

        assertThat(changed.path("created").asText()).isEqualTo("2026-02-03T08:20:00.123Z");
        assertThat(changed.path("modified").asText()).isEqualTo("2026-02-04T09:00:00.000Z");
        assertThat(backwards.path("modified").asText()).isEqualTo(backwards.path("created").asText());
    }

    @Test
    void shouldRefuseAnUnknownIncidentType() {
        assertThatThrownBy(() -> CertIncidents.compromise().type("SPAM").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SPAM");
    }

    static JsonNode incident(JsonNode bundle) {
        return objects(bundle, "incident").get(0);
    }

    static List<JsonNode> objects(JsonNode bundle, String type) {
        return StreamSupport.stream(bundle.path("objects").spliterator(), false)
                .filter(o -> o.path("type").asText().equals(type)).toList();
    }

    static JsonNode object(JsonNode bundle, String id) {
        return StreamSupport.stream(bundle.path("objects").spliterator(), false)
                .filter(o -> o.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + bundle));
    }

    private static List<String> ids(JsonNode bundle) {
        return StreamSupport.stream(bundle.path("objects").spliterator(), false).map(o -> o.path("id").asText())
                .toList();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
