package io.rasmi.account.devices;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.events.AccessAnomaly;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;

@QuarkusTest
class AccessLogTest {

    private static final String ANOMALY = "io.rasmi.account.access-anomaly.v1";

    @Inject
    AccessLogService accessLog;

    /** Midnight UTC three days ago: sessions are placed on the days after it, all in the past. */
    private final Instant dayOne = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(3, ChronoUnit.DAYS);
    private final Instant dayTwo = dayOne.plus(1, ChronoUnit.DAYS);

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static String logOf(String accountId) {
        return "/api/v1/accounts/" + accountId + "/access-log";
    }

    private static Map<String, Object> session(Instant at, String fingerprint, String ip) {
        Map<String, Object> session = new HashMap<>();
        session.put("at", at.toString());
        session.put("deviceFingerprint", fingerprint);
        session.put("ipAddress", ip);
        session.put("location", "Baghdad, Iraq");
        session.put("userAgent", "Mozilla/5.0 (Windows NT 10.0) Firefox/133.0");
        return session;
    }

    private static long sessionsOf(String accountId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AccessSession.count("accountId", UUID.fromString(accountId)));
    }

    private static String fingerprintOf(String deviceId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> GovernmentDevice.<GovernmentDevice> findById(UUID.fromString(deviceId)).fingerprint);
    }

    @Test
    void shouldRecordSessionsAndFlagUnknownDevices() {
        String account = Fixtures.proposeAccount("moh");
        String computer = DeviceFixtures.register("moh", DeviceFixtures.computer());
        String known = fingerprintOf(computer);
        String unknown = DeviceFixtures.uniqueFingerprint();

        as("moh", "it-security").body(List.of(
                session(dayOne.plus(Duration.ofHours(8)), known, "185.12.44.7"),
                session(dayOne.plus(Duration.ofHours(9)), unknown, "2001:0DB8:0000::0001"),
                session(dayOne.plus(Duration.ofHours(21)), unknown, "5.62.0.1")))
                .post(logOf(account))
                .then().statusCode(200)
                .body("received", equalTo(3))
                .body("recorded", equalTo(3))
                .body("alreadyRecorded", equalTo(0))
                .body("anomalies", equalTo(2))
                .body("anomalyEvents", equalTo(1));

        entityAdmin("moh").get(logOf(account)).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items[2].deviceFingerprint", equalTo(known))
                .body("items[2].deviceId", equalTo(computer))
                .body("items[2].anomaly", equalTo(false))
                .body("items[1].ipAddress", equalTo("2001:db8::1"));
        as("moh", "management").get(logOf(account) + "?anomaliesOnly=true").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.anomaly", everyItem(equalTo(true)))
                .body("items.deviceFingerprint", everyItem(equalTo(unknown)))
                .body("items[0].deviceId", nullValue());
    }

    @Test
    void shouldEmitAnAnomalyOncePerDevicePerDay() {
        String account = Fixtures.proposeAccount("moh");
        String unknown = DeviceFixtures.uniqueFingerprint();
        String other = DeviceFixtures.uniqueFingerprint();
        List<Map<String, Object>> first = List.of(session(dayOne.plus(Duration.ofHours(9)), unknown, "5.62.0.1"));

        entityAdmin("moh").body(first).post(logOf(account)).then().statusCode(200).body("anomalyEvents", equalTo(1));
        // The same copy again: nothing new.
        entityAdmin("moh").body(first).post(logOf(account)).then().statusCode(200)
                .body("recorded", equalTo(0))
                .body("alreadyRecorded", equalTo(1))
                .body("anomalyEvents", equalTo(0));
        // Another session of the same unknown device the same day: stored and flagged, but no second event.
        entityAdmin("moh").body(List.of(session(dayOne.plus(Duration.ofHours(23)), unknown, "5.62.0.2")))
                .post(logOf(account)).then().statusCode(200)
                .body("recorded", equalTo(1))
                .body("anomalies", equalTo(1))
                .body("anomalyEvents", equalTo(0));
        // The next day, and another device the first day: one event each.
        entityAdmin("moh").body(List.of(
                session(dayTwo.plus(Duration.ofHours(1)), unknown, "5.62.0.1"),
                session(dayTwo.plus(Duration.ofHours(2)), unknown, "5.62.0.1"),
                session(dayOne.plus(Duration.ofHours(10)), other, null)))
                .post(logOf(account)).then().statusCode(200)
                .body("anomalies", equalTo(3))
                .body("anomalyEvents", equalTo(2));

        List<ConsumerRecord<String, String>> records = PublishedEvents.atLeast(account, ANOMALY, 3);
        List<String> raised = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            AccessAnomaly anomaly = EventCodec.payload(PublishedEvents.read(record), AccessAnomaly.class);
            raised.add(anomaly.deviceFingerprint() + "@" + LocalDate.ofInstant(anomaly.sessionAt(), ZoneOffset.UTC));
        }
        LocalDate one = LocalDate.ofInstant(dayOne, ZoneOffset.UTC);
        LocalDate two = LocalDate.ofInstant(dayTwo, ZoneOffset.UTC);
        assertThat(raised).containsExactlyInAnyOrder(unknown + "@" + one, unknown + "@" + two, other + "@" + one);

        AccessAnomaly firstAnomaly = EventCodec.payload(PublishedEvents.read(records.get(0)), AccessAnomaly.class);
        assertThat(firstAnomaly.sessionAt()).isEqualTo(dayOne.plus(Duration.ofHours(9)));
        assertThat(firstAnomaly.ipAddress()).isEqualTo("5.62.0.1");
        assertThat(firstAnomaly.location()).isEqualTo("Baghdad, Iraq");
        for (ConsumerRecord<String, String> record : records) {
            EventContract.assertValid(record.key(), record.value());
        }
    }

    @Test
    void shouldPublishAnomaliesValidAgainstTheirSchema() {
        String account = Fixtures.proposeAccount("moh");
        entityAdmin("moh").body(List.of(session(dayOne.plus(Duration.ofHours(3)), DeviceFixtures.uniqueFingerprint(),
                "10.0.0.7"))).post(logOf(account)).then().statusCode(200);
        ConsumerRecord<String, String> record = PublishedEvents.of(account, ANOMALY).get(0);
        assertThat(PublishedEvents.read(record).entity()).isEqualTo("moh");
        EventContract.assertValid(record.key(), record.value());
    }

    @Test
    void shouldTrustARetiredDeviceOnlyForSessionsBeforeItsRetirement() {
        String account = Fixtures.proposeAccount("moh");
        String phone = DeviceFixtures.registerPhone("moh");
        String fingerprint = fingerprintOf(phone);
        DeviceFixtures.retire("moh", phone);

        entityAdmin("moh").body(List.of(
                session(dayOne.plus(Duration.ofHours(12)), fingerprint, "185.12.44.7"),
                session(Instant.now(), fingerprint, "185.12.44.7")))
                .post(logOf(account)).then().statusCode(200)
                .body("recorded", equalTo(2))
                .body("anomalies", equalTo(1));
        entityAdmin("moh").get(logOf(account) + "?anomaliesOnly=true").then()
                .body("items", hasSize(1))
                .body("items[0].at", org.hamcrest.Matchers.not(equalTo(dayOne.plus(Duration.ofHours(12)).toString())));
    }

    @Test
    void shouldAnswerWhetherAnAccountHadAnUnknownDeviceRecently() {
        String account = Fixtures.proposeAccount("moh");
        UUID id = UUID.fromString(account);
        String computer = DeviceFixtures.register("moh", DeviceFixtures.computer());
        Instant anomalyAt = dayOne.plus(Duration.ofHours(6));
        entityAdmin("moh").body(List.of(
                session(anomalyAt, DeviceFixtures.uniqueFingerprint(), null),
                session(dayTwo.plus(Duration.ofHours(6)), fingerprintOf(computer), null)))
                .post(logOf(account)).then().statusCode(200);

        Instant now = Instant.now();
        assertThat(accessLog.lastUnknownDeviceSession(id, 30, now)).contains(anomalyAt);
        assertThat(accessLog.hadUnknownDeviceSession(id, 30, now)).isTrue();
        // As of 31 days later the session has left the 30-day window.
        assertThat(accessLog.hadUnknownDeviceSession(id, 30, anomalyAt.plus(Duration.ofDays(30)))).isFalse();
        assertThat(accessLog.hadUnknownDeviceSession(id, 30, anomalyAt.plus(Duration.ofDays(30)).minusSeconds(1)))
                .isTrue();
        // As of a moment before it, it had not happened yet.
        assertThat(accessLog.hadUnknownDeviceSession(id, 30, anomalyAt.minusSeconds(1))).isFalse();
        assertThat(accessLog.hadUnknownDeviceSession(UUID.randomUUID(), 30, now)).isFalse();
    }

    @Test
    void shouldRefuseInvalidSessionsAndStoreNothingOfTheBatch() {
        String account = Fixtures.proposeAccount("moh");
        String fp = DeviceFixtures.uniqueFingerprint();

        entityAdmin("moh").body(List.of(
                session(dayOne, fp, "185.12.44.7"),
                session(Instant.now().plus(Duration.ofHours(1)), fp, "185.12.44.7"),
                session(dayOne.plusSeconds(60), fp, "999.12.44.7"),
                session(dayOne.plusSeconds(120), fp, "example.org")))
                .post(logOf(account))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("[1].at", "[2].ipAddress", "[3].ipAddress")));

        Map<String, Object> noTime = session(dayOne, fp, null);
        noTime.remove("at");
        entityAdmin("moh").body(List.of(session(dayOne, fp, null), noTime)).post(logOf(account))
                .then().statusCode(400)
                .body("violations.field", hasItem(endsWith("[1].at")));
        entityAdmin("moh").body(List.of(session(dayOne, " ", null))).post(logOf(account))
                .then().statusCode(400)
                .body("violations.field", hasItem(endsWith("[0].deviceFingerprint")));
        entityAdmin("moh").body(List.of()).post(logOf(account))
                .then().statusCode(400)
                .body("violations.field", hasItem("sessions"));
        entityAdmin("moh").body(Map.of("sessions", List.of())).post(logOf(account))
                .then().statusCode(400)
                .contentType("application/problem+json");

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(session(dayOne.plusSeconds(i), fp, null));
        }
        entityAdmin("moh").body(tooMany).post(logOf(account))
                .then().statusCode(400)
                .body("violations.field", hasItem("sessions"));

        assertThat(sessionsOf(account)).isZero();
        // 500 is the limit, not beyond it.
        entityAdmin("moh").body(tooMany.subList(0, 500)).post(logOf(account))
                .then().statusCode(200)
                .body("recorded", equalTo(500))
                .body("anomalyEvents", equalTo(1));
    }

    @Test
    void shouldAnswer404ForAnotherEntitysAccount() {
        String account = Fixtures.proposeAccount("moh");
        entityAdmin("mohe").body(List.of(session(dayOne, DeviceFixtures.uniqueFingerprint(), null)))
                .post(logOf(account))
                .then().statusCode(404)
                .contentType("application/problem+json");
        entityAdmin("mohe").get(logOf(account)).then().statusCode(404);
        entityAdmin("moh").get(logOf(UUID.randomUUID().toString())).then().statusCode(404);
        assertThat(sessionsOf(account)).isZero();
    }

    @Test
    void shouldLetOnlyEntityAdminsAndItSecurityRecordSessions() {
        String account = Fixtures.proposeAccount("moh");
        for (String role : List.of("publisher", "approver", "moderator", "management")) {
            as("moh", role).body(List.of(session(dayOne, DeviceFixtures.uniqueFingerprint(), null)))
                    .post(logOf(account))
                    .then().statusCode(403);
        }
        for (String role : List.of("publisher", "approver", "moderator")) {
            as("moh", role).get(logOf(account)).then().statusCode(403);
        }
        as("moh", "it-security").get(logOf(account)).then().statusCode(200);
        assertThat(sessionsOf(account)).isZero();
    }
}
