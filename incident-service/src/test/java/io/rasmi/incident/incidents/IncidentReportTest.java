package io.rasmi.incident.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.Topics;
import io.rasmi.incident.Callers;
import io.rasmi.incident.Fixtures;
import io.rasmi.testkit.KafkaTestConsumer;
import io.restassured.response.Response;

/** Reporting a breach (G6.j): who may, what is checked, its severity and TLP, and the event account-service reads. */
@QuarkusTest
class IncidentReportTest {

    private static final String INCIDENTS = "/api/v1/incidents";

    private static long incidentsOf(String entity) {
        return QuarkusTransaction.requiringNew().call(() -> Incident.count("entity", entity));
    }

    @Test
    void shouldReportABreachWithItsSeverityTlpAndEtag() {
        UUID verified = Fixtures.account("moh", true);
        Map<String, Object> body = Fixtures.report("ACCOUNT_COMPROMISE", verified);

        Response answer = Callers.as("moh", "publisher").body(body).post(INCIDENTS);

        answer.then().statusCode(201)
                .header("ETag", notNullValue())
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/incidents/" + answer.path("id")))
                .body("entity", equalTo("moh"))
                .body("state", equalTo("REPORTED"))
                // HIGH for a compromise, one step up for the verified account
                .body("severity", equalTo("CRITICAL"))
                .body("computedSeverity", equalTo("CRITICAL"))
                .body("tlp", equalTo("AMBER"))
                .body("reportedBy", equalTo("moh-publisher"))
                .body("accountIds", equalTo(List.of(verified.toString())))
                .body("evidence[0].sha256", equalTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
                .body("allowedTransitions", equalTo(List.of("TRIAGED", "FALSE_POSITIVE")));
    }

    @Test
    void shouldKeepTheTlpMarkingTheReporterChose() {
        Map<String, Object> body = Fixtures.report("DEFAMATION_CAMPAIGN");
        body.put("tlp", "RED");
        body.put("personalDataExposed", true);
        Callers.as("moh", "moderator").body(body).post(INCIDENTS).then().statusCode(201)
                .body("tlp", equalTo("RED"))
                // LOW, one step up for the personal data
                .body("severity", equalTo("MEDIUM"));
    }

    @Test
    void shouldPublishTheReportThroughTheOutboxAsAValidEvent() {
        UUID account = Fixtures.account("moh", false);
        String id = Fixtures.reported("moh", "UNAUTHORIZED_POST", account);

        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.INCIDENT_EVENTS,
                Duration.ofSeconds(60), r -> id.equals(r.key()));
        EventContract.assertValid(record.key(), record.value());
        JsonNode data = EventCodec.read(record.value()).data();
        assertThat(EventCodec.read(record.value()).type()).isEqualTo("io.rasmi.incident.reported.v1");
        assertThat(data.get("entity").asText()).isEqualTo("moh");
        assertThat(data.get("type").asText()).isEqualTo("UNAUTHORIZED_POST");
        assertThat(data.get("severity").asText()).isEqualTo("HIGH");
        assertThat(data.get("accountIds").get(0).asText()).isEqualTo(account.toString());
    }

    @Test
    void shouldPublishANewTypeThatTheSchemaAccepts() {
        String id = Fixtures.reported("moh", "LOST_OR_STOLEN_DEVICE");
        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.INCIDENT_EVENTS,
                Duration.ofSeconds(60), r -> id.equals(r.key()));
        EventContract.assertValid(record.key(), record.value());
        assertThat(EventCodec.read(record.value()).data().get("type").asText()).isEqualTo("LOST_OR_STOLEN_DEVICE");
    }

    @Test
    void shouldRejectReportForAnotherEntitysAccount() {
        UUID mohes = Fixtures.account("mohe", false);
        long before = incidentsOf("moh");

        Callers.itSecurity("moh").body(Fixtures.report("ACCOUNT_COMPROMISE", mohes)).post(INCIDENTS)
                .then().statusCode(404).body("detail", org.hamcrest.Matchers.containsString(mohes.toString()));
        Callers.itSecurity("moh").body(Fixtures.report("ACCOUNT_COMPROMISE", UUID.randomUUID())).post(INCIDENTS)
                .then().statusCode(404);
        assertThat(incidentsOf("moh")).isEqualTo(before);
    }

    @Test
    void shouldRejectADetectionTimeInTheFuture() {
        Map<String, Object> body = Fixtures.report("PHISHING");
        body.put("detectedAt", Instant.now().plus(1, ChronoUnit.HOURS).toString());
        long before = incidentsOf("moh");

        Callers.itSecurity("moh").header("Accept-Language", "en").body(body).post(INCIDENTS)
                .then().statusCode(422).body("violations[0].field", equalTo("detectedAt"));
        assertThat(incidentsOf("moh")).isEqualTo(before);
    }

    @Test
    void shouldRejectADetectionTimeBeforeAnAccountWasRegistered() {
        Instant registeredAt = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID older = Fixtures.account("moh", false);
        UUID newer = Fixtures.account("moh", false, registeredAt);
        Map<String, Object> body = Fixtures.report("ACCOUNT_COMPROMISE", older, newer);
        body.put("detectedAt", registeredAt.minus(1, ChronoUnit.HOURS).toString());
        long before = incidentsOf("moh");

        Callers.itSecurity("moh").header("Accept-Language", "en").body(body).post(INCIDENTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("detectedAt"))
                .body("detail", equalTo("The breach cannot have been detected before account " + newer
                        + " was registered, at " + registeredAt + " (detectedAt)."));
        Callers.itSecurity("moh").header("Accept-Language", "ar").body(body).post(INCIDENTS)
                .then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("قبل تسجيل الحساب " + newer));
        assertThat(incidentsOf("moh")).isEqualTo(before);

        // After the registration of every named account, the report stands.
        body.put("detectedAt", registeredAt.plus(1, ChronoUnit.HOURS).toString());
        Callers.itSecurity("moh").body(body).post(INCIDENTS).then().statusCode(201);
    }

    @Test
    void shouldAcceptAnyPastDetectionTimeWhenTheDirectoryDoesNotKnowTheRegistration() {
        UUID account = Fixtures.account("moh", false, null);
        Map<String, Object> body = Fixtures.report("ACCOUNT_COMPROMISE", account);
        body.put("detectedAt", Instant.now().minus(3650, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());

        Callers.itSecurity("moh").body(body).post(INCIDENTS).then().statusCode(201)
                .body("accountIds", equalTo(List.of(account.toString())));
    }

    @Test
    void shouldRejectEvidenceThatIsNotHttpsOrNotASha256() {
        Map<String, Object> body = Fixtures.report("DATA_LEAK");
        body.put("evidence", List.of(Map.of("url", "http://evidence.moh.gov.iq/1.png",
                "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
        Callers.itSecurity("moh").body(body).post(INCIDENTS).then().statusCode(400);

        body.put("evidence", List.of(Map.of("url", "https://evidence.moh.gov.iq/1.png", "sha256", "abc123")));
        Callers.itSecurity("moh").body(body).post(INCIDENTS).then().statusCode(400);

        body.put("type", "NOT_A_TYPE");
        body.put("evidence", List.of());
        Callers.itSecurity("moh").body(body).post(INCIDENTS).then().statusCode(400);
    }

    @Test
    void shouldReplayTheSameReportForTheSameIdempotencyKey() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.report("CREDENTIAL_LEAK");
        String first = Callers.itSecurity("moh").header("Idempotency-Key", key).body(body).post(INCIDENTS)
                .then().statusCode(201).extract().path("id");
        long after = incidentsOf("moh");

        Callers.itSecurity("moh").header("Idempotency-Key", key).body(body).post(INCIDENTS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        body.put("summary", "Another breach altogether");
        Callers.itSecurity("moh").header("Idempotency-Key", key).body(body).post(INCIDENTS)
                .then().statusCode(422);
        assertThat(incidentsOf("moh")).isEqualTo(after);
    }

    @Test
    void shouldShowAReporterOnlyTheirOwnIncidents() {
        String mine = Callers.person("moh-publisher-a", "moh", "publisher").body(Fixtures.report("PHISHING"))
                .post(INCIDENTS).then().statusCode(201).extract().path("id");

        Callers.person("moh-publisher-a", "moh", "publisher").get(INCIDENTS + "/" + mine).then().statusCode(200);
        Callers.person("moh-publisher-b", "moh", "publisher").get(INCIDENTS + "/" + mine).then().statusCode(404);
        Callers.person("moh-publisher-b", "moh", "publisher").get(INCIDENTS + "?size=200")
                .then().statusCode(200).body("items.id", not(hasItem(mine)));
        Callers.person("moh-publisher-a", "moh", "publisher").get(INCIDENTS + "?type=PHISHING&size=200")
                .then().statusCode(200).body("items.id", hasItem(mine));
        Callers.itSecurity("moh").get(INCIDENTS + "/" + mine).then().statusCode(200);
        Callers.entityAdmin("moh").get(INCIDENTS + "?state=REPORTED&size=200")
                .then().statusCode(200).body("items.id", hasItem(mine));
    }

    @Test
    void shouldHideAnIncidentFromAnotherEntity() {
        String id = Fixtures.reported("moh", "DEFACEMENT");
        Callers.itSecurity("mohe").get(INCIDENTS + "/" + id).then().statusCode(404);
        Callers.itSecurity("mohe").get(INCIDENTS + "?size=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        Callers.itSecurity("mohe").body(Map.of("to", "TRIAGED")).post(INCIDENTS + "/" + id + "/transitions")
                .then().statusCode(404);
    }

    @Test
    void shouldRefuseAnUnknownFilterValue() {
        Callers.itSecurity("moh").get(INCIDENTS + "?severity=HUGE").then().statusCode(400)
                .body("violations[0].field", equalTo("severity"));
    }
}
