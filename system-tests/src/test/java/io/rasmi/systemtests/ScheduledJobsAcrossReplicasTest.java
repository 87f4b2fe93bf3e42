package io.rasmi.systemtests;

import static io.rasmi.systemtests.Stack.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.oneOf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A scheduled job fires once per period while both instances of its service run ({@code rasmi up --replicas 2}):
 * each instance's scheduler fires, and the kit's {@code ScheduledRuns.claim(job, fireTime)} lets one of them run it.
 * Shown with incident-service's response-target scan, which fires every minute: over several minutes both instances
 * fire every minute (their {@code rasmi_scheduled_runs_total} on {@code /q/metrics}, ran or skipped), one of them runs
 * each fire time (the ran counts add up, and the {@code scheduled_run} table holds one claimed run per minute), and a
 * missed target is announced once: one {@code sla-breached} event on Kafka, one TARGET_MISSED timeline entry, one
 * e-mail notice.
 * <p>
 * The other scheduled jobs claim their runs the same way, but fire too seldom for a test: account-service's
 * posture re-evaluation (daily, its own {@code posture_run} claim) and kpi-service's reports (hourly).
 */
class ScheduledJobsAcrossReplicasTest {

    private static final String INCIDENT_2 = System.getProperty("rasmi.incident2.url", "http://127.0.0.1:9084");
    private static final String TARGETS = "/api/v1/incidents/response-targets";
    private static final String JOB = "incident-response-targets";
    private static final String INCIDENT_EVENTS = "rasmi.incident.events.v1";
    private static final String SLA_BREACHED = "io.rasmi.incident.sla-breached.v1";
    private static final String POSTGRES = System.getProperty("rasmi.postgres.url", "jdbc:postgresql://127.0.0.1:15432/");
    private static final String POSTGRES_USER = System.getProperty("rasmi.postgres.user", "rasmi");
    private static final String POSTGRES_PASSWORD = System.getProperty("rasmi.postgres.password", "rasmi");
    private static final ObjectMapper JSON = new ObjectMapper();

    private KafkaConsumer<String, String> incidentEvents;

    @BeforeAll
    static void requireBothIncidentInstances() {
        Stack.requireReady(List.of(Stack.INCIDENT, INCIDENT_2));
    }

    /** Reads the incident events written from now on, as a consumer of its own. */
    @BeforeEach
    void readIncidentEventsFromNowOn() {
        incidentEvents = Stack.readFromNowOn(INCIDENT_EVENTS);
    }

    @AfterEach
    void closeTheConsumer() {
        incidentEvents.close();
    }

    @Test
    void shouldScanResponseTargetsOncePerMinuteAndAnnounceAMissedTargetOnceWhileBothInstancesRun() throws Exception {
        Instant start = midMinute();
        Map<String, double[]> countsAtStart = fireCounts();
        String tag = OfficialAccounts.newTag();
        String account = OfficialAccounts.active(tag);
        OfficialAccounts.knownToIncidentService(account);

        JsonPath before = as("moh-admin").get(Stack.INCIDENT + TARGETS).then().statusCode(200).extract().jsonPath();
        int triage = before.getInt("triageMinutes");
        int containment = before.getInt("containmentMinutes");
        List<JsonNode> breaches = new ArrayList<>();
        String incident;
        Instant announced;
        try {
            // moh triages within a minute for a while, so a HIGH incident misses its target during the test
            setTargets(1, containment);
            incident = as("moh-security").contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("type", "ACCOUNT_COMPROMISE", "accountIds", List.of(account),
                            "detectedAt", Instant.now().toString(), "summary", "Scheduled jobs test " + tag,
                            "personalDataExposed", false))
                    .post(INCIDENT_2 + "/api/v1/incidents").then().statusCode(201).body("severity", oneOf("HIGH", "CRITICAL"))
                    .extract().path("id");

            Awaitility.await("the missed triage target announced").atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        breaches.addAll(slaBreachesOf(incident));
                        return !breaches.isEmpty();
                    });
            announced = Instant.now();
        } finally {
            setTargets(triage, containment);
        }

        // two more scans, by whichever instance claims them, must not announce it again
        Awaitility.await("two more scans after the announcement").atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    breaches.addAll(slaBreachesOf(incident));
                    return claimedRuns(announced, Instant.now()).size() >= 2;
                });
        breaches.addAll(slaBreachesOf(incident));
        assertThat(breaches).as("sla-breached events of the incident").hasSize(1);
        assertThat(breaches.get(0).path("data").path("target").asText()).isEqualTo("TRIAGE");

        // the timeline holds the miss once, and its notice was delivered once (to every IT officer of moh)
        Awaitility.await("the miss's notice delivered").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> timelineOf(incident).stream().anyMatch(ScheduledJobsAcrossReplicasTest::targetMissedNotice));
        List<Map<String, Object>> timeline = timelineOf(incident);
        assertThat(timeline.stream().filter(entry -> "TARGET_MISSED".equals(entry.get("kind"))))
                .as("TARGET_MISSED entries").hasSize(1);
        assertThat(timeline.stream().filter(ScheduledJobsAcrossReplicasTest::targetMissedNotice))
                .as("TARGET_MISSED notices delivered").hasSize(1);
        String mailbox = Stack.MAIL_API + "/api/user/" + OfficialAccounts.officerEmail(tag) + "/messages/";
        List<Map<String, Object>> mails = given().get(mailbox).then().statusCode(200).extract().jsonPath()
                .getList("$");
        assertThat(mails.stream().filter(mail -> String.valueOf(mail.get("mimeMessage")).contains(incident)))
                .as("e-mails about the incident: its report and its missed target, each once").hasSize(2);

        // Every minute both instances fired and one of them ran it: between two readings half a minute away from any
        // fire time, each instance counted one fire per minute, their "ran" counts add up to one per minute, and the
        // table holds one claimed run per minute.
        Awaitility.await("three fire times since the start").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> Instant.now().isAfter(start.plus(Duration.ofMinutes(3))));
        Instant end = midMinute();
        Map<String, double[]> countsAtEnd = fireCounts();
        List<Instant> fireTimes = new ArrayList<>();
        for (Instant minute = start.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)); minute.isBefore(end);
                minute = minute.plus(Duration.ofMinutes(1))) {
            fireTimes.add(minute);
        }
        Map<Instant, String> runs = claimedRuns(start, end);
        assertThat(List.copyOf(runs.keySet())).as("one claimed run per fire time").isEqualTo(fireTimes);
        double ranByEither = 0;
        for (String instance : countsAtStart.keySet()) {
            double ran = countsAtEnd.get(instance)[0] - countsAtStart.get(instance)[0];
            double skipped = countsAtEnd.get(instance)[1] - countsAtStart.get(instance)[1];
            assertThat(ran + skipped).as("fires of %s", instance).isEqualTo(fireTimes.size());
            ranByEither += ran;
            System.out.printf("%s on %s: ran %.0f, skipped %.0f of %d fire times%n", JOB, instance, ran, skipped,
                    fireTimes.size());
        }
        assertThat(ranByEither).as("runs across both instances").isEqualTo(fireTimes.size());
        System.out.printf("%s: %d fire times in %d s, each claimed once (by %d distinct instance(s)); one "
                + "sla-breached event, one TARGET_MISSED entry and notice%n", JOB, fireTimes.size(),
                Duration.between(start, end).toSeconds(), runs.values().stream().distinct().count());
    }

    /** Waits until the middle of a minute, well away from the job's fire times (each minute at :00); answers now. */
    private static Instant midMinute() {
        Awaitility.await("the middle of a minute").atMost(Duration.ofSeconds(70)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    int second = Instant.now().atZone(java.time.ZoneOffset.UTC).getSecond();
                    return second >= 25 && second <= 35;
                });
        return Instant.now();
    }

    /** Each incident-service instance's count of the job's fires it ran and skipped, from its /q/metrics. */
    private static Map<String, double[]> fireCounts() {
        Map<String, double[]> counts = new LinkedHashMap<>();
        for (String instance : List.of(Stack.INCIDENT, INCIDENT_2)) {
            String metrics = given().get(instance + "/q/metrics").then().statusCode(200).extract().asString();
            counts.put(instance, new double[] { count(metrics, "ran"), count(metrics, "skipped") });
        }
        return counts;
    }

    private static double count(String metrics, String outcome) {
        return metrics.lines().filter(line -> line.startsWith("rasmi_scheduled_runs_total{")
                && line.contains("job=\"" + JOB + "\"") && line.contains("outcome=\"" + outcome + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static void setTargets(int triageMinutes, int containmentMinutes) {
        as("moh-admin").contentType(ContentType.JSON)
                .body(Map.of("triageMinutes", triageMinutes, "containmentMinutes", containmentMinutes))
                .put(Stack.INCIDENT + TARGETS).then().statusCode(200);
    }

    private static boolean targetMissedNotice(Map<String, Object> entry) {
        Object details = entry.get("details");
        return "NOTICE".equals(entry.get("kind")) && details instanceof Map<?, ?> facts
                && "TARGET_MISSED".equals(facts.get("kind")) && "DELIVERED".equals(facts.get("status"));
    }

    private static List<Map<String, Object>> timelineOf(String incident) {
        return as("moh-security").get(Stack.INCIDENT + "/api/v1/incidents/" + incident + "/timeline").then()
                .statusCode(200).extract().jsonPath().getList("$");
    }

    /** The sla-breached events about {@code incident} polled now. */
    private List<JsonNode> slaBreachesOf(String incident) throws java.io.IOException {
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : incidentEvents.poll(Duration.ofMillis(200))) {
            JsonNode event = JSON.readTree(record.value());
            if (SLA_BREACHED.equals(event.path("type").asText()) && incident.equals(event.path("subject").asText())) {
                events.add(event);
            }
        }
        return events;
    }

    /** The job's claimed runs with a fire time after {@code from} and up to {@code to}: who claimed each. */
    private static Map<Instant, String> claimedRuns(Instant from, Instant to) throws SQLException {
        Map<Instant, String> runs = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(POSTGRES + "incident", POSTGRES_USER,
                POSTGRES_PASSWORD);
                PreparedStatement query = connection.prepareStatement("select fire_time, claimed_by from scheduled_run "
                        + "where job = ? and fire_time > ? and fire_time <= ? order by fire_time")) {
            query.setString(1, JOB);
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    runs.put(result.getTimestamp(1).toInstant(), result.getString(2));
                }
            }
        }
        return runs;
    }
}
