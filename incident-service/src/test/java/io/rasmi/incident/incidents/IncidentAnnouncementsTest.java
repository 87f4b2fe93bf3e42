package io.rasmi.incident.incidents;

import static io.rasmi.incident.officers.StaffSnapshots.known;
import static io.rasmi.incident.officers.StaffSnapshots.member;
import static io.rasmi.incident.officers.StaffSnapshots.newEntity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.EventContract;
import io.rasmi.events.StaffSnapshot;
import io.rasmi.events.Topics;
import io.rasmi.events.UnitRole;
import io.rasmi.incident.Callers;
import io.rasmi.incident.Fixtures;
import io.rasmi.incident.cert.StixBundles;
import io.rasmi.incident.cert.StixIds;
import io.rasmi.incident.cert.StixSchemas;
import io.rasmi.incident.officers.StaffDirectory;
import io.rasmi.testkit.KafkaTestConsumer;
import io.rasmi.testkit.MailServer;
import io.rasmi.testkit.ReceivedMail;

/**
 * G6.j end to end inside the service: a report reaches the national CERT as a valid STIX bundle on its topic and the
 * entity's IT officers by e-mail over real SMTP; later changes send newer bundles; a severity raised to HIGH mails
 * again; and every message leaves its entry in the incident's timeline.
 */
@QuarkusTest
class IncidentAnnouncementsTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    StaffDirectory directory;

    @Test
    void shouldTellTheCertAndTheItOfficersOfAReportAndRecordBothInTheTimeline() throws Exception {
        String entity = newEntity();
        StaffSnapshot officer = member(entity, UnitRole.IT_OFFICER, "علي حسن");
        known(directory, officer);
        UUID account = Fixtures.account(entity, true);

        String id = Fixtures.reported(entity, "ACCOUNT_COMPROMISE", account);

        JsonNode bundle = awaitBundles(id, 1).get(0);
        JsonNode incident = incidentIn(bundle);
        assertThat(incident.path("name").asText()).isNotBlank();
        assertThat(incident.at("/extensions/" + StixBundles.INCIDENT_CORE + "/determination").asText())
                .isEqualTo("suspected");
        assertThat(bundle.path("objects").findValuesAsText("account_login"))
                .containsExactly("acct" + account.toString().substring(0, 8));

        await().atMost(WAIT).until(() -> MailServer.messagesTo(officer.officialEmail()).size() == 1);
        ReceivedMail mail = ReceivedMail.parse(MailServer.messagesTo(officer.officialEmail()).get(0));
        assertThat(mail.subject()).startsWith("[رسمي]").contains("[Rasmi]");

        List<String> kinds = await().atMost(WAIT).until(() -> timelineKinds(entity, id),
                k -> k.contains("NOTICE") && k.contains("CERT_MESSAGE"));
        assertThat(kinds).startsWith("REPORTED");
    }

    @Test
    void shouldSendANewerBundleForEachChangeAndMailAgainWhenTheSeverityRisesToHigh() throws Exception {
        String entity = newEntity();
        StaffSnapshot officer = member(entity, UnitRole.IT_OFFICER, "علي حسن");
        known(directory, officer);
        // A defamation campaign without personal data starts LOW.
        String id = Fixtures.reported(entity, "DEFAMATION_CAMPAIGN");

        Callers.itSecurity(entity).body(Map.of("severity", "HIGH", "reason", "Picked up by national media"))
                .put("/api/v1/incidents/" + id + "/severity").then().statusCode(200);
        Callers.itSecurity(entity).body(Map.of("to", "FALSE_POSITIVE", "note", "A satire account, not ours"))
                .post("/api/v1/incidents/" + id + "/transitions").then().statusCode(200);

        List<JsonNode> bundles = awaitBundles(id, 3);
        JsonNode raised = incidentIn(bundles.get(1));
        JsonNode dismissed = incidentIn(bundles.get(2));
        assertThat(raised.at("/extensions/" + StixBundles.INCIDENT_CORE + "/criticality").asInt())
                .isGreaterThan(incidentIn(bundles.get(0)).at("/extensions/" + StixBundles.INCIDENT_CORE
                        + "/criticality").asInt());
        assertThat(dismissed.at("/extensions/" + StixBundles.INCIDENT_CORE + "/determination").asText())
                .isEqualTo("false-positive");
        assertThat(java.time.Instant.parse(dismissed.path("modified").asText()))
                .isAfter(java.time.Instant.parse(raised.path("modified").asText()));

        await().atMost(WAIT).until(() -> MailServer.messagesTo(officer.officialEmail()).size() == 2);
        List<ReceivedMail> mails = ReceivedMail.parseAll(MailServer.messagesTo(officer.officialEmail()));
        assertThat(mails).anySatisfy(m -> assertThat(m.text()).contains("LOW → HIGH", "Picked up by national media"));
    }

    private static List<JsonNode> awaitBundles(String incidentId, int count) {
        String stixId = StixIds.incident(UUID.fromString(incidentId));
        List<ConsumerRecord<String, String>> records = await().atMost(WAIT).until(
                () -> KafkaTestConsumer.records(Topics.CERT_INCIDENTS, Duration.ofSeconds(10),
                        r -> r.value().contains(stixId)),
                r -> r.size() >= count);
        assertThat(records).hasSize(count);
        return records.stream().map(record -> {
            EventContract.assertValid(record.key(), record.value());
            try {
                JsonNode data = JSON.readTree(record.value()).path("data");
                StixSchemas.assertValidBundle(data);
                return data;
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    private static JsonNode incidentIn(JsonNode bundle) {
        for (JsonNode object : bundle.path("objects")) {
            if ("incident".equals(object.path("type").asText())) {
                return object;
            }
        }
        throw new AssertionError("No incident in " + bundle);
    }

    private static List<String> timelineKinds(String entity, String id) {
        return Callers.itSecurity(entity).get("/api/v1/incidents/" + id + "/timeline").then().statusCode(200)
                .extract().jsonPath().getList("kind", String.class);
    }
}
