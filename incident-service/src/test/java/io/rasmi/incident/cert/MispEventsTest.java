package io.rasmi.incident.cert;

import io.rasmi.incident.incidents.Tlp;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.rasmi.events.IncidentSeverity;

/** The MISP core format (draft-dulaunoy-misp-core-format): the keys an Event, Object and Attribute must have. */
class MispEventsTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    /** The attributes the MISP object template user-account defines (those Rasmi fills). */
    private static final Set<String> USER_ACCOUNT_RELATIONS = Set.of("username", "account-type", "display-name",
            "user-id", "link");

    @Test
    void shouldWriteAnEventWithEveryKeyTheCoreFormatRequires() {
        JsonNode event = MispEvents.of(CertIncidents.compromise().build()).path("Event");

        assertThat(event.path("uuid").asText()).matches(UUID);
        assertThat(event.path("info").asText()).isEqualTo("Official Facebook page compromised");
        assertThat(event.path("threat_level_id").asText()).isIn("1", "2", "3", "4");
        assertThat(event.path("analysis").asText()).isIn("0", "1", "2");
        assertThat(event.path("distribution").asText()).isIn("0", "1", "2", "3", "4");
        assertThat(event.path("date").asText()).isEqualTo("2026-02-03");
        assertThat(event.path("timestamp").asText()).matches("[0-9]+");
        assertThat(event.path("published").isBoolean()).isTrue();
        assertThat(event.path("Orgc").path("uuid").asText()).matches(UUID);
        assertThat(event.path("Orgc").path("name").asText()).isEqualTo("Rasmi");
        for (JsonNode attribute : event.path("Attribute")) {
            assertAttribute(attribute);
        }
    }

    @Test
    void shouldShareTheStixIncidentsUuid() {
        CertIncident incident = CertIncidents.compromise().build();

        assertThat("incident--" + MispEvents.of(incident).at("/Event/uuid").asText())
                .isEqualTo(StixIds.incident(incident.id()));
    }

    @ParameterizedTest
    @EnumSource(Tlp.class)
    void shouldTagTheEventWithItsTlpAndLimitItsDistributionAccordingly(Tlp tlp) {
        JsonNode event = MispEvents.of(CertIncidents.compromise().tlp(tlp).build()).path("Event");

        assertThat(StreamSupport.stream(event.path("Tag").spliterator(), false).map(t -> t.path("name").asText()))
                .contains("tlp:" + tlp.level());
        String expected = switch (tlp) {
            case CLEAR -> "3";
            case GREEN -> "2";
            case AMBER, AMBER_STRICT -> "1";
            case RED -> "0";
        };
        assertThat(event.path("distribution").asText()).isEqualTo(expected);
    }

    @Test
    void shouldRankThreatLevelBySeverityAndAnalysisByState() {
        List<String> levels = List.of(IncidentSeverity.CRITICAL, IncidentSeverity.HIGH, IncidentSeverity.MEDIUM,
                IncidentSeverity.LOW).stream()
                .map(s -> MispEvents.of(CertIncidents.compromise().severity(s).build()).at("/Event/threat_level_id")
                        .asText())
                .toList();
        assertThat(levels).containsExactly("1", "1", "2", "3");

        assertThat(analysis(CertIncident.State.REPORTED)).isEqualTo("0");
        assertThat(analysis(CertIncident.State.CONTAINED)).isEqualTo("1");
        assertThat(analysis(CertIncident.State.CLOSED)).isEqualTo("2");
        assertThat(analysis(CertIncident.State.FALSE_POSITIVE)).isEqualTo("2");
    }

    @Test
    void shouldDescribeEachAccountAsAUserAccountObject() {
        JsonNode objects = MispEvents.of(CertIncidents.compromise().build()).at("/Event/Object");

        assertThat(objects.size()).isEqualTo(2);
        for (JsonNode object : objects) {
            assertThat(object.path("name").asText()).isEqualTo("user-account");
            assertThat(object.path("meta-category").asText()).isEqualTo("misc");
            assertThat(object.path("template_uuid").asText()).isEqualTo(MispEvents.USER_ACCOUNT_TEMPLATE);
            assertThat(object.path("template_version").asText()).matches("[0-9]+");
            assertThat(object.path("uuid").asText()).matches(UUID);
            assertThat(object.path("timestamp").asText()).matches("[0-9]+");
            for (JsonNode attribute : object.path("Attribute")) {
                assertAttribute(attribute);
                assertThat(attribute.path("object_relation").asText()).isIn(USER_ACCOUNT_RELATIONS);
            }
            // The template requires one of password, username or user-id.
            assertThat(relation(object, "username")).isNotNull();
        }
        assertThat(relation(objects.get(0), "username").path("value").asText()).isEqualTo("moh.iraq");
        assertThat(relation(objects.get(0), "account-type").path("value").asText()).isEqualTo("facebook");
        assertThat(relation(objects.get(0), "display-name").path("value").asText()).isEqualTo("وزارة الصحة");
        assertThat(relation(objects.get(1), "display-name")).isNull();
    }

    private static String analysis(CertIncident.State state) {
        return MispEvents.of(CertIncidents.compromise().state(state).build()).at("/Event/analysis").asText();
    }

    private static JsonNode relation(JsonNode object, String relation) {
        return StreamSupport.stream(object.path("Attribute").spliterator(), false)
                .filter(a -> a.path("object_relation").asText().equals(relation)).findFirst().orElse(null);
    }

    private static void assertAttribute(JsonNode attribute) {
        assertThat(attribute.path("uuid").asText()).matches(UUID);
        assertThat(attribute.path("type").asText()).isNotBlank();
        assertThat(attribute.path("category").asText()).isNotBlank();
        assertThat(attribute.path("value").asText()).isNotBlank();
        assertThat(attribute.path("to_ids").isBoolean()).isTrue();
        assertThat(attribute.path("distribution").asText()).isIn("0", "1", "2", "3", "4", "5");
        assertThat(attribute.path("timestamp").asText()).matches("[0-9]+");
    }
}
