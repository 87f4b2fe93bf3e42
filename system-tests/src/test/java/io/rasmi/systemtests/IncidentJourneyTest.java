package io.rasmi.systemtests;

import static io.rasmi.systemtests.Stack.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

/**
 * G6.j through the running stack with real Keycloak tokens: an IT officer reports an account compromise;
 * account-service puts the account into COMPROMISED and the public lookup warns citizens; the entity's IT officers'
 * e-mail reaches the local SMTP server; and a CERT consumer on the real broker receives a STIX 2.1 bundle for the
 * report and another for the closing.
 */
class IncidentJourneyTest {

    private static final String INCIDENTS = Stack.INCIDENT + "/api/v1/incidents";
    private static final String CERT_TOPIC = "rasmi.cert.incidents.v1";
    private static final String INCIDENT_CORE = "extension-definition--ef765651-680c-498d-9894-99799f2fa126";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KafkaConsumer<String, String> cert;
    private final List<JsonNode> bundles = new ArrayList<>();

    /** The CERT's own consumer: its own group, from the beginning of the topic, as a CERT platform would read it. */
    @BeforeEach
    void subscribeAsTheCert() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "national-cert-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        cert = new KafkaConsumer<>(config);
        cert.subscribe(List.of(CERT_TOPIC));
    }

    @AfterEach
    void closeTheConsumer() {
        cert.close();
    }

    @Test
    void shouldFreezeWarnMailAndTellTheCertOfAReportedCompromiseAndOfItsClosing() throws Exception {
        String tag = OfficialAccounts.newTag();
        String account = OfficialAccounts.active(tag);
        // noticed now: a detection before the account was registered would be refused (422)
        Instant detectedAt = Instant.now();
        OfficialAccounts.knownToIncidentService(account);

        String incident = as("moh-security").contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("type", "ACCOUNT_COMPROMISE", "accountIds", List.of(account),
                        "detectedAt", detectedAt.toString(),
                        "summary", "Posts we did not write on the ministry's X account",
                        "personalDataExposed", false))
                .post(INCIDENTS).then().statusCode(201)
                .body("severity", notNullValue()).body("tlp", equalTo("AMBER"))
                .extract().path("id");

        // account-service froze the account, and the public lookup warns whoever checks it
        Awaitility.await("public lookup warns").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given().queryParam("platform", "X")
                        .queryParam("handle", OfficialAccounts.handle(tag))
                        .get(Stack.ACCOUNT + "/public/v1/verify").then().statusCode(200)
                        .body("official", equalTo(true))
                        .body("status", equalTo("COMPROMISED"))
                        .body("warning.en", notNullValue()));

        // the IT officer (the account's admin) was told, Arabic first
        String mailbox = Stack.MAIL_API + "/api/user/" + OfficialAccounts.officerEmail(tag) + "/messages/";
        // GreenMail's API answers 400 for a mailbox that has received nothing yet: that is "not yet", not a failure
        Awaitility.await("notice e-mail").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> messagesIn(mailbox) >= 1);
        String subject = given().get(mailbox).then().extract().path("[0].subject");
        assertThat(subject).startsWith("[رسمي]").contains("[Rasmi]");

        JsonNode reported = awaitBundle(incident, "new");
        assertThat(reported.path("type").asText()).isEqualTo("bundle");
        assertThat(reported.path("objects").findValuesAsText("account_login")).contains(OfficialAccounts.handle(tag));
        assertThat(reported.path("objects").findValuesAsText("identity_class")).contains("organization");

        for (String to : List.of("TRIAGED", "CONTAINED", "ERADICATED", "RECOVERED")) {
            as("moh-security").contentType(ContentType.JSON).body(Map.of("to", to, "note", "Step " + to))
                    .post(INCIDENTS + "/" + incident + "/transitions").then().statusCode(200);
        }
        as("moh-security").contentType(ContentType.JSON)
                .body(Map.of("to", "CLOSED", "note", "Two-factor on every admin's phone from now on"))
                .post(INCIDENTS + "/" + incident + "/transitions").then().statusCode(200)
                .body("state", equalTo("CLOSED"));

        JsonNode closed = awaitBundle(incident, "closed");
        JsonNode openedIncident = incidentIn(reported);
        JsonNode closedIncident = incidentIn(closed);
        assertThat(closedIncident.path("id").asText()).isEqualTo(openedIncident.path("id").asText());
        assertThat(Instant.parse(closedIncident.path("modified").asText()))
                .isAfter(Instant.parse(openedIncident.path("modified").asText()));
        as("cert-analyst").get(Stack.INCIDENT + "/api/v1/cert/incidents/" + incident + "/stix").then()
                .statusCode(200).body("id", equalTo(closed.path("id").asText()));
    }

    /** The bundle about {@code incidentId} whose incident has that investigation status, as the CERT receives it. */
    private JsonNode awaitBundle(String incidentId, String investigationStatus) {
        return Awaitility.await("bundle " + investigationStatus).atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    for (ConsumerRecord<String, String> record : cert.poll(Duration.ofMillis(500))) {
                        JsonNode event = JSON.readTree(record.value());
                        assertThat(record.key()).isEqualTo(event.path("entity").asText());
                        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
                        assertThat(event.path("datacontenttype").asText())
                                .isEqualTo("application/stix+json;version=2.1");
                        bundles.add(event.path("data"));
                    }
                    return bundles.stream().filter(b -> describes(b, incidentId, investigationStatus)).findFirst()
                            .orElse(null);
                }, bundle -> bundle != null);
    }

    private static int messagesIn(String mailbox) {
        var response = given().get(mailbox);
        return response.statusCode() == 200 ? response.jsonPath().getList("$").size() : 0;
    }

    private static boolean describes(JsonNode bundle, String incidentId, String investigationStatus) {
        JsonNode incident = incidentIn(bundle);
        return incident != null && incident.path("external_references").toString().contains(incidentId)
                && investigationStatus.equals(incident.at("/extensions/" + INCIDENT_CORE + "/investigation_status")
                        .asText());
    }

    private static JsonNode incidentIn(JsonNode bundle) {
        for (JsonNode object : bundle.path("objects")) {
            if ("incident".equals(object.path("type").asText())) {
                return object;
            }
        }
        return null;
    }
}
