package io.rasmi.account.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Callers;
import io.rasmi.account.Fixtures;
import io.rasmi.account.lifecycle.AccountStates;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.EventType;
import io.rasmi.events.IncidentConfirmed;
import io.rasmi.events.IncidentReported;
import io.rasmi.events.IncidentSeverity;
import io.rasmi.events.IncidentType;
import io.rasmi.events.Topics;
import io.rasmi.platform.audit.AuditEntry;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.testkit.KafkaTestConsumer;
import io.rasmi.testkit.KafkaTestProducer;

/** Incidents from incident-service, as real Kafka records, freeze the breached accounts of their own entity. */
@QuarkusTest
class IncidentEventsConsumerTest {

    private static final String STATUS_CHANGED = "io.rasmi.account.status-changed.v1";

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail auditTrail;

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static String incident(IncidentType type, String entity, List<String> accountIds) {
        return incident(type, entity, accountIds, null);
    }

    private static String incident(IncidentType type, String entity, List<String> accountIds, String determination) {
        UUID incidentId = UUID.randomUUID();
        IncidentReported payload = new IncidentReported(incidentId, entity, type,
                accountIds.stream().map(UUID::fromString).toList(), IncidentSeverity.HIGH,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), determination);
        CloudEvent event = CloudEvent.of(EventType.INCIDENT_REPORTED, incidentId.toString(), entity, payload,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        String value = EventCodec.write(event);
        EventContract.assertValid(incidentId.toString(), value);
        produce(incidentId.toString(), value);
        return value;
    }

    private static void produce(String key, String value) {
        KafkaTestProducer.send(Topics.INCIDENT_EVENTS, key, value);
    }

    private static void awaitStatus(String id, AccountStatus status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> AccountStates.statusOf(id) == status);
    }

    @Test
    void shouldCompromiseTheNamedAccountsOfTheIncidentsEntity() {
        String active = AccountStates.in("moh", AccountStatus.ACTIVE);
        String suspended = AccountStates.in("moh", AccountStatus.SUSPENDED);
        String proposed = AccountStates.proposed("moh");
        String otherEntitys = AccountStates.in("mohe", AccountStatus.ACTIVE);

        String value = incident(IncidentType.ACCOUNT_COMPROMISE, "moh",
                List.of(active, suspended, proposed, otherEntitys, UUID.randomUUID().toString()));
        String incidentId = EventCodec.read(value).subject();

        awaitStatus(active, AccountStatus.COMPROMISED);
        awaitStatus(suspended, AccountStatus.COMPROMISED);
        assertThat(AccountStates.statusOf(proposed)).isEqualTo(AccountStatus.PROPOSED);
        assertThat(AccountStates.statusOf(otherEntitys)).isEqualTo(AccountStatus.ACTIVE);

        List<ConsumerRecord<String, String>> events = AccountStates.events(active, STATUS_CHANGED, 1);
        assertThat(events).hasSize(1);
        EventContract.assertValid(events.get(0).key(), events.get(0).value());
        JsonNode data = EventCodec.read(events.get(0).value()).data();
        assertThat(data.get("from").asText()).isEqualTo("ACTIVE");
        assertThat(data.get("to").asText()).isEqualTo("COMPROMISED");
        assertThat(data.get("reason").asText()).contains(incidentId).contains("ACCOUNT_COMPROMISE");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.find(
                "recordId = ?1 and action = 'account.status-changed'", active).<AuditEntry>firstResult().actor))
                .isEqualTo("system");
    }

    @Test
    void shouldWarnThePublicOnceAnIncidentCompromisesAnAccount() {
        // Through the real path: the public lookup follows the account's events, and a silent change to ACTIVE
        // would reach it only if the registration's event happened to arrive after that change.
        String id = AccountStates.active("moh");
        String handle = Callers.entityAdmin("moh").get("/api/v1/accounts/" + id).then().statusCode(200)
                .extract().path("handle");
        // Asked while ACTIVE (once the lookup has followed the activation), so the answer is held before the incident.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> given()
                .queryParam("platform", "FACEBOOK").queryParam("handle", handle).get("/public/v1/verify")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("warning", nullValue()));

        incident(IncidentType.ACCOUNT_COMPROMISE, "moh", List.of(id));

        awaitStatus(id, AccountStatus.COMPROMISED);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> given()
                .queryParam("platform", "FACEBOOK").queryParam("handle", "@" + handle.toUpperCase())
                .get("/public/v1/verify")
                .then().statusCode(200)
                .body("official", equalTo(true))
                .body("status", equalTo("COMPROMISED"))
                .body("warning.en", notNullValue())
                .body("warning.ar", notNullValue()));
    }

    @Test
    void shouldCompromiseOnAnUnauthorizedPostAndIgnoreOtherIncidentTypes() {
        String posted = AccountStates.in("moh", AccountStatus.ACTIVE);
        String impersonated = AccountStates.in("moh", AccountStatus.ACTIVE);
        incident(IncidentType.IMPERSONATION, "moh", List.of(impersonated));
        incident(IncidentType.UNAUTHORIZED_POST, "moh", List.of(posted));
        // the consumer reads in order: once the later incident took effect, the earlier was seen and left alone
        awaitStatus(posted, AccountStatus.COMPROMISED);
        assertThat(AccountStates.statusOf(impersonated)).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void shouldAcceptTheNewIncidentTypesAndChangeNoStatus() {
        List<IncidentType> newTypes = List.of(IncidentType.PHISHING, IncidentType.LOST_OR_STOLEN_DEVICE,
                IncidentType.CREDENTIAL_LEAK, IncidentType.DEFAMATION_CAMPAIGN);
        String named = AccountStates.in("moh", AccountStatus.ACTIVE);
        List<String> keys = newTypes.stream()
                .map(type -> EventCodec.read(incident(type, "moh", List.of(named))).subject()).toList();
        String marker = AccountStates.in("moh", AccountStatus.ACTIVE);
        incident(IncidentType.ACCOUNT_COMPROMISE, "moh", List.of(marker));

        // the consumer reads in order: once the later incident took effect, the four were seen and left alone
        awaitStatus(marker, AccountStatus.COMPROMISED);
        assertThat(AccountStates.statusOf(named)).isEqualTo(AccountStatus.ACTIVE);
        assertThat(KafkaTestConsumer.records(Topics.deadLetter(Topics.INCIDENT_EVENTS), Duration.ofSeconds(5),
                record -> keys.contains(record.key()))).isEmpty();
    }

    @Test
    void shouldNotFreezeAnAccountForASuspectedCompromise() {
        String suspected = AccountStates.in("moh", AccountStatus.ACTIVE);
        incident(IncidentType.ACCOUNT_COMPROMISE, "moh", List.of(suspected), IncidentReported.SUSPECTED);
        String marker = AccountStates.in("moh", AccountStatus.ACTIVE);
        incident(IncidentType.ACCOUNT_COMPROMISE, "moh", List.of(marker), "successful-attempt");

        // the consumer reads in order: once the later incident took effect, the suspected one was seen and left alone
        awaitStatus(marker, AccountStatus.COMPROMISED);
        assertThat(AccountStates.statusOf(suspected)).isEqualTo(AccountStatus.ACTIVE);
    }

    /** The IT officers' confirmation of a suspected incident, as incident-service publishes it. */
    private static String confirmation(IncidentType type, String entity, String incidentId, List<String> accountIds) {
        IncidentConfirmed payload = new IncidentConfirmed(UUID.fromString(incidentId), entity, type,
                accountIds.stream().map(UUID::fromString).toList(), IncidentSeverity.HIGH,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "successful-attempt");
        CloudEvent event = CloudEvent.of(EventType.INCIDENT_CONFIRMED, incidentId, entity, payload,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        String value = EventCodec.write(event);
        EventContract.assertValid(incidentId, value);
        produce(incidentId, value);
        return value;
    }

    @Test
    void shouldFreezeASuspectedCompromiseOnceTheItOfficersConfirmItAndOnlyOnce() {
        String id = AccountStates.in("moh", AccountStatus.ACTIVE);
        String incidentId = EventCodec.read(incident(IncidentType.ACCOUNT_COMPROMISE, "moh", List.of(id),
                IncidentReported.SUSPECTED)).subject();
        String confirmed = confirmation(IncidentType.ACCOUNT_COMPROMISE, "moh", incidentId, List.of(id));

        awaitStatus(id, AccountStatus.COMPROMISED);
        List<ConsumerRecord<String, String>> events = AccountStates.events(id, STATUS_CHANGED, 1);
        assertThat(events).hasSize(1);
        assertThat(EventCodec.read(events.get(0).value()).data().get("reason").asText()).contains(incidentId)
                .contains("confirmed");

        // recovered afterwards, the account must not fall back when the confirmation is delivered again
        AccountStates.rotate("moh", id);
        AccountStates.reviewAccessHistory("moh", id);
        Callers.as("moh", "it-security").post(AccountStates.ACCOUNTS + "/" + id + "/recovery").then().statusCode(200);
        produce(incidentId, confirmed);
        // a confirmed impersonation freezes nothing (as its report does not)
        String impersonated = AccountStates.in("moh", AccountStatus.ACTIVE);
        confirmation(IncidentType.IMPERSONATION, "moh", UUID.randomUUID().toString(), List.of(impersonated));
        String marker = AccountStates.in("moh", AccountStatus.ACTIVE);
        confirmation(IncidentType.UNAUTHORIZED_POST, "moh", UUID.randomUUID().toString(), List.of(marker));

        // the consumer reads in order: once the marker's confirmation took effect, the two before it were seen
        awaitStatus(marker, AccountStatus.COMPROMISED);
        assertThat(AccountStates.statusOf(id)).isEqualTo(AccountStatus.ACTIVE);
        assertThat(AccountStates.statusOf(impersonated)).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void shouldApplyAnIncidentOnlyOnce() {
        String id = AccountStates.in("moh", AccountStatus.ACTIVE);
        String value = incident(IncidentType.ACCOUNT_COMPROMISE, "moh", List.of(id));
        awaitStatus(id, AccountStatus.COMPROMISED);

        // recovered afterwards, the account must not fall back when the same event is delivered again
        AccountStates.rotate("moh", id);
        AccountStates.reviewAccessHistory("moh", id);
        io.rasmi.account.Callers.as("moh", "it-security").post(AccountStates.ACCOUNTS + "/" + id + "/recovery")
                .then().statusCode(200);
        produce(EventCodec.read(value).subject(), value);
        String marker = AccountStates.in("moh", AccountStatus.ACTIVE);
        incident(IncidentType.ACCOUNT_COMPROMISE, "moh", List.of(marker));
        awaitStatus(marker, AccountStatus.COMPROMISED);

        assertThat(AccountStates.statusOf(id)).isEqualTo(AccountStatus.ACTIVE);
        assertThat(AccountStates.events(id, STATUS_CHANGED, 2)).hasSize(2);
    }

    @Test
    void shouldFreezeEveryNamedAccountWhileAnApiWriteHoldsOneOfThem() throws Exception {
        String first = AccountStates.in("moh", AccountStatus.ACTIVE);
        String held = AccountStates.in("moh", AccountStatus.ACTIVE);
        CountDownLatch holding = new CountDownLatch(1);
        AtomicInteger holderPid = new AtomicInteger();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            // An API write in the kit's lock order: the account's row first, the audit chain last. It holds the
            // row while the incident arrives, and appends to the audit chain only once the consumer waits for it.
            Future<?> apiWrite = thread.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                holderPid.set(((Number) entityManager.createNativeQuery("select pg_backend_pid()").getSingleResult())
                        .intValue());
                OfficialAccount account = entityManager.find(OfficialAccount.class, UUID.fromString(held),
                        LockModeType.PESSIMISTIC_WRITE);
                holding.countDown();
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                        .until(() -> waitingFor(holderPid.get()) > 0);
                auditTrail.record(account.entityCode, "account.updated", "official-account", account.id, Map.of());
            }));
            assertThat(holding.await(60, TimeUnit.SECONDS)).isTrue();

            String value = incident(IncidentType.ACCOUNT_COMPROMISE, "moh", List.of(first, held));
            String incidentKey = EventCodec.read(value).subject();
            apiWrite.get(180, TimeUnit.SECONDS);

            awaitStatus(first, AccountStatus.COMPROMISED);
            awaitStatus(held, AccountStatus.COMPROMISED);
            assertThat(KafkaTestConsumer.records(Topics.deadLetter(Topics.INCIDENT_EVENTS), Duration.ofSeconds(5),
                    record -> incidentKey.equals(record.key()))).isEmpty();
        } finally {
            thread.shutdownNow();
        }
    }

    /** How many database sessions wait for a lock that this session holds. */
    private long waitingFor(int pid) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("select count(*) from pg_stat_activity where ?1 = any(pg_blocking_pids(pid))")
                .setParameter(1, pid).getSingleResult()).longValue());
    }

    @Test
    void shouldSendABrokenEventToTheDeadLetterTopicAndGoOn() {
        String key = UUID.randomUUID().toString();
        produce(key, "{\"specversion\":\"1.0\",\"id\":\"" + key + "\",\"type\":\"io.rasmi.incident.reported.v1\"}");

        ConsumerRecord<String, String> dead = KafkaTestConsumer.awaitRecord(Topics.deadLetter(Topics.INCIDENT_EVENTS),
                Duration.ofSeconds(60), record -> key.equals(record.key()));
        assertThat(dead.value()).contains(key);

        String id = AccountStates.in("moh", AccountStatus.ACTIVE);
        incident(IncidentType.ACCOUNT_COMPROMISE, "moh", List.of(id));
        awaitStatus(id, AccountStatus.COMPROMISED);
    }
}
