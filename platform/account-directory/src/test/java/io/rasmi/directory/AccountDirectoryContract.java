package io.rasmi.directory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rasmi.events.AccountRegistered;
import io.rasmi.events.AccountRole;
import io.rasmi.events.AccountState;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.AccountStatusChanged;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.events.Platform;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestConsumer;
import io.rasmi.testkit.KafkaTestProducer;
import io.rasmi.testkit.TestTokens;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;

/**
 * What every service that keeps the account directory must do, run by each of them as a {@code @QuarkusTest}
 * subclass: learn accounts from real Kafka records, show them to their own entity only, take a redelivered event
 * once, and send an event that breaks its contract to the dead-letter topic without stopping; rebuild every account
 * from the compacted state topic, keep the newest state by version, know the role holders, and apply a status
 * change that came before its account once the account arrives.
 */
public abstract class AccountDirectoryContract {

    private static final Instant REGISTERED_AT = Instant.parse("2026-11-01T09:00:00Z");

    @Inject
    EntityManager entityManager;

    @Inject
    AccountStateConsumer stateConsumer;

    @Inject
    KnownAccounts knownAccounts;

    @Inject
    KafkaClientService kafka;

    /**
     * Both channels have joined their consumer groups and hold partitions: on a busy machine that can take longer
     * than a test's own wait, and a record sent before is only read once it happened.
     */
    @BeforeEach
    void awaitTheDirectoryChannels() {
        await().atMost(Duration.ofSeconds(120)).until(() -> assigned("account-events")
                && assigned(AccountStateConsumer.CHANNEL));
    }

    /**
     * The OpenAPI contract builds its validator from the service's document on the JVM's first exchange; a large
     * document on a loaded machine can take most of a test's wait for that alone. One exchange first, outside them.
     */
    @BeforeEach
    void buildTheOpenApiValidatorFirst() {
        given().auth().oauth2(tokenOf("moh", "publisher")).get("/api/v1/accounts/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    private boolean assigned(String channel) {
        return !kafka.getConsumer(channel).getAssignments().await().atMost(Duration.ofSeconds(10)).isEmpty();
    }

    private static String registered(UUID id, String entity) {
        return EventCodec.write(CloudEvent.of(EventType.ACCOUNT_REGISTERED, id.toString(), entity,
                new AccountRegistered(id, entity, Platform.X, "dir" + id.toString().substring(0, 8),
                        "https://x.com/dir" + id.toString().substring(0, 8), "وزارة الصحة", "Ministry of Health",
                        AccountStatus.PROPOSED, REGISTERED_AT),
                REGISTERED_AT));
    }

    private static String statusChanged(UUID id, String entity, AccountStatus to, Instant at) {
        return EventCodec.write(CloudEvent.of(EventType.ACCOUNT_STATUS_CHANGED, id.toString(), entity,
                new AccountStatusChanged(id, entity, AccountStatus.PROPOSED, to, "decision recorded", at), at));
    }

    private static String state(UUID id, String entity, int version, AccountStatus status, Instant at,
            AccountState.RoleHolder... holders) {
        return stateRegisteredAt(id, entity, version, status, at, REGISTERED_AT, holders);
    }

    /** A state with its registration time, or without it ({@code null}) as states written before it was carried. */
    private static String stateRegisteredAt(UUID id, String entity, int version, AccountStatus status, Instant at,
            Instant registeredAt, AccountState.RoleHolder... holders) {
        return EventCodec.write(CloudEvent.of(EventType.ACCOUNT_STATE, id.toString(), entity,
                new AccountState(id, entity, Platform.FACEBOOK, "state" + id.toString().substring(0, 8), null,
                        "وزارة الصحة", null, status, version > 1, new AccountState.PostingPlan(version, null),
                        List.of(holders), version, at, registeredAt),
                at));
    }

    private static void send(String key, String value) {
        send(Topics.ACCOUNT_EVENTS, key, value);
    }

    private static void sendState(String key, String value) {
        send(Topics.ACCOUNT_STATE, key, value);
    }

    private static void send(String topic, String key, String value) {
        KafkaTestProducer.send(topic, key, value);
    }

    private static String tokenOf(String entity, String role) {
        return TestTokens.user(entity + "-" + role).entity(entity).roles(role).token();
    }

    @Test
    void shouldShowAnAccountFromItsEventToItsOwnEntityOnly() {
        UUID id = UUID.randomUUID();
        send(id.toString(), registered(id, "moh"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(tokenOf("moh", "publisher"))
                .get("/api/v1/accounts/" + id)
                .then().statusCode(200)
                .body("entity", equalTo("moh"))
                .body("platform", equalTo("X"))
                .body("status", equalTo("PROPOSED")));

        given().auth().oauth2(tokenOf("mohe", "entity-admin")).get("/api/v1/accounts/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/accounts/" + id).then().statusCode(401);
    }

    @Test
    void shouldStoreARedeliveredEventOnce() {
        UUID id = UUID.randomUUID();
        String event = registered(id, "moh");
        String eventId = EventCodec.read(event).id();
        send(id.toString(), event);
        send(id.toString(), event);
        // A later event on the same key: once it is applied, both copies before it have been consumed.
        send(id.toString(), statusChanged(id, "moh", AccountStatus.APPROVED, REGISTERED_AT.plusSeconds(60)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(status(id))
                .isEqualTo(AccountStatus.APPROVED));
        long deliveries = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from inbox_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
        assertThat(deliveries).isEqualTo(1);
        // Registered once (version 0), then the status change (version 1): the copy changed nothing.
        assertThat(QuarkusTransaction.requiringNew().call(() -> KnownAccount.<KnownAccount>findById(id).version))
                .isEqualTo(1);
    }

    @Test
    void shouldNotLetALateOlderEventUndoANewerOne() {
        UUID id = UUID.randomUUID();
        send(id.toString(), registered(id, "moh"));
        send(id.toString(), statusChanged(id, "moh", AccountStatus.ACTIVE, REGISTERED_AT.plusSeconds(120)));
        send(id.toString(), statusChanged(id, "moh", AccountStatus.APPROVED, REGISTERED_AT.plusSeconds(60)));
        UUID marker = UUID.randomUUID();
        send(marker.toString(), registered(marker, "moh"));

        await().atMost(Duration.ofSeconds(60)).until(() -> status(marker) != null);
        assertThat(status(id)).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void shouldSendAnEventThatBreaksItsContractToTheDeadLetterTopicAndGoOn() {
        String brokenKey = "broken-" + UUID.randomUUID();
        send(brokenKey, "{\"specversion\":\"1.0\",\"type\":\"io.rasmi.account.registered.v1\"}");
        UUID after = UUID.randomUUID();
        send(after.toString(), registered(after, "moh"));

        List<ConsumerRecord<String, String>> dead = KafkaTestConsumer.records(Topics.deadLetter(Topics.ACCOUNT_EVENTS),
                Duration.ofSeconds(60), record -> brokenKey.equals(record.key()));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .isNotBlank();
        await().atMost(Duration.ofSeconds(60)).until(() -> status(after) != null);
    }

    @Test
    void shouldRebuildEveryAccountFromTheStateTopicWhenTheDirectoryIsWiped() {
        UUID staff = UUID.randomUUID();
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (UUID id : ids) {
            sendState(id.toString(), state(id, "moh", 1, AccountStatus.PROPOSED, REGISTERED_AT));
            sendState(id.toString(), state(id, "moh", 2, AccountStatus.ACTIVE, REGISTERED_AT.plusSeconds(60),
                    new AccountState.RoleHolder(staff, AccountRole.PUBLISHER)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(id -> Integer.valueOf(2).equals(stateVersion(id))));

        // The database loses the directory, as a wiped database or a service started long after the accounts were.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from known_account_role_holder").executeUpdate();
            entityManager.createNativeQuery("delete from known_account_pending_status").executeUpdate();
            entityManager.createNativeQuery("delete from known_account").executeUpdate();
        });
        assertThat(status(ids.get(0))).isNull();
        assertThat(stateConsumer.rebuild()).isNotEmpty();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (UUID id : ids) {
                assertThat(status(id)).isEqualTo(AccountStatus.ACTIVE);
                assertThat(stateVersion(id)).isEqualTo(2);
                assertThat(knownAccounts.holdsRole(id, staff, AccountRole.PUBLISHER)).isTrue();
            }
        });
    }

    @Test
    void shouldReadTheStateTopicFromItsBeginningInAGroupOfItsOwnAtEachStart() {
        Map<String, ?> settings = kafkaSettings();
        assertThat(settings.get("auto.offset.reset")).isEqualTo("earliest");
        assertThat(String.valueOf(settings.get("enable.auto.commit"))).isEqualTo("false");
        // quarkus.uuid: a new group for every start, so committed offsets of an earlier start never skip records
        assertThat(String.valueOf(settings.get("group.id"))).containsPattern("account-state-[0-9a-f-]{36}$");
    }

    @Test
    void shouldIgnoreAStateOlderThanTheOneApplied() {
        UUID id = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        UUID formerAdmin = UUID.randomUUID();
        sendState(id.toString(), state(id, "moh", 3, AccountStatus.ACTIVE, REGISTERED_AT.plusSeconds(180),
                new AccountState.RoleHolder(admin, AccountRole.ADMIN)));
        sendState(id.toString(), state(id, "moh", 2, AccountStatus.APPROVED, REGISTERED_AT.plusSeconds(120),
                new AccountState.RoleHolder(formerAdmin, AccountRole.ADMIN)));
        // the same version again is a copy, not news
        sendState(id.toString(), state(id, "moh", 3, AccountStatus.SUSPENDED, REGISTERED_AT.plusSeconds(240)));
        sendState(id.toString(), state(id, "moh", 4, AccountStatus.ACTIVE, REGISTERED_AT.plusSeconds(300),
                new AccountState.RoleHolder(admin, AccountRole.ADMIN)));

        // One key, one partition: once version 4 is applied, the two before it have been read.
        await().atMost(Duration.ofSeconds(60)).until(() -> Integer.valueOf(4).equals(stateVersion(id)));
        // Written when version 3 arrived and when version 4 did, never in between.
        assertThat(QuarkusTransaction.requiringNew().call(() -> KnownAccount.<KnownAccount>findById(id).version))
                .isEqualTo(1);
        assertThat(status(id)).isEqualTo(AccountStatus.ACTIVE);
        assertThat(knownAccounts.holdsRole(id, admin, AccountRole.ADMIN)).isTrue();
        assertThat(knownAccounts.holdsRole(id, formerAdmin, AccountRole.ADMIN)).isFalse();
    }

    @Test
    void shouldKnowWhoHoldsWhichRoleOnAnAccount() {
        UUID id = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        UUID moderator = UUID.randomUUID();
        sendState(id.toString(), state(id, "moh", 1, AccountStatus.ACTIVE, REGISTERED_AT,
                new AccountState.RoleHolder(admin, AccountRole.ADMIN),
                new AccountState.RoleHolder(moderator, AccountRole.MODERATOR)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(tokenOf("moh", "publisher"))
                .get("/api/v1/accounts/" + id)
                .then().statusCode(200)
                .body("roleHolders.size()", equalTo(2))
                .body("roleHolders.find { it.role == 'ADMIN' }.staffId", equalTo(admin.toString()))
                .body("roleHolders.find { it.role == 'MODERATOR' }.staffId", equalTo(moderator.toString()))
                .body("postingPlan.postsPerWeek", equalTo(1)));
        assertThat(knownAccounts.holdsRole(id, moderator, AccountRole.MODERATOR)).isTrue();
        assertThat(knownAccounts.holdsRole(id, moderator, AccountRole.PUBLISHER)).isFalse();
        assertThat(knownAccounts.holdsRole(id, UUID.randomUUID(), AccountRole.ADMIN)).isFalse();

        // The moderator's role is taken away: the next state no longer lists it.
        sendState(id.toString(), state(id, "moh", 2, AccountStatus.ACTIVE, REGISTERED_AT.plusSeconds(60),
                new AccountState.RoleHolder(admin, AccountRole.ADMIN)));
        await().atMost(Duration.ofSeconds(60)).until(() -> Integer.valueOf(2).equals(stateVersion(id)));
        assertThat(knownAccounts.holdsRole(id, moderator, AccountRole.MODERATOR)).isFalse();
        assertThat(knownAccounts.find(id).orElseThrow().roleHolders())
                .containsExactly(new KnownAccountView.RoleHolder(admin, AccountRole.ADMIN));
        assertThat(knownAccounts.find(id).orElseThrow().verified()).isTrue();
    }

    @Test
    void shouldKnowWhenAnAccountWasRegisteredFromItsEventOrItsState() {
        UUID fromEvent = UUID.randomUUID();
        UUID fromState = UUID.randomUUID();
        send(fromEvent.toString(), registered(fromEvent, "moh"));
        // A state written before states carried the registration time, then one that carries it.
        sendState(fromState.toString(), stateRegisteredAt(fromState, "moh", 1, AccountStatus.PROPOSED,
                REGISTERED_AT.plusSeconds(60), null));
        await().atMost(Duration.ofSeconds(60)).until(() -> Integer.valueOf(1).equals(stateVersion(fromState)));
        assertThat(knownAccounts.find(fromState).orElseThrow().registeredAt()).isNull();
        given().auth().oauth2(tokenOf("moh", "publisher")).get("/api/v1/accounts/" + fromState)
                .then().statusCode(200).body("registeredAt", nullValue());

        sendState(fromState.toString(), stateRegisteredAt(fromState, "moh", 2, AccountStatus.ACTIVE,
                REGISTERED_AT.plusSeconds(120), REGISTERED_AT.minusSeconds(30)));
        await().atMost(Duration.ofSeconds(60)).until(() -> Integer.valueOf(2).equals(stateVersion(fromState)));
        assertThat(knownAccounts.find(fromState).orElseThrow().registeredAt()).isEqualTo(REGISTERED_AT.minusSeconds(30));
        // A later state of the old kind does not forget it.
        sendState(fromState.toString(), stateRegisteredAt(fromState, "moh", 3, AccountStatus.ACTIVE,
                REGISTERED_AT.plusSeconds(180), null));
        await().atMost(Duration.ofSeconds(60)).until(() -> Integer.valueOf(3).equals(stateVersion(fromState)));
        assertThat(knownAccounts.find(fromState).orElseThrow().registeredAt()).isEqualTo(REGISTERED_AT.minusSeconds(30));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Instant.parse(
                given().auth().oauth2(tokenOf("moh", "publisher")).get("/api/v1/accounts/" + fromEvent)
                        .then().statusCode(200).extract().<String>path("registeredAt")))
                .isEqualTo(REGISTERED_AT));
    }

    @Test
    void shouldApplyAStatusChangeForAnUnknownAccountOnceItsStateArrives() {
        UUID id = UUID.randomUUID();
        send(id.toString(), statusChanged(id, "moh", AccountStatus.SUSPENDED, REGISTERED_AT.plusSeconds(120)));
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> PendingStatus.findById(id) != null));
        assertThat(status(id)).isNull();

        // The state that arrives is older than the status change: the change still counts.
        sendState(id.toString(), state(id, "moh", 1, AccountStatus.ACTIVE, REGISTERED_AT.plusSeconds(60)));

        await().atMost(Duration.ofSeconds(60)).until(() -> status(id) != null);
        assertThat(status(id)).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PendingStatus.<PendingStatus>findById(id) == null))
                .as("the kept status change is forgotten once applied").isTrue();
    }

    @Test
    void shouldNotLetAKeptStatusChangeUndoANewerState() {
        UUID id = UUID.randomUUID();
        send(id.toString(), statusChanged(id, "moh", AccountStatus.APPROVED, REGISTERED_AT.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> PendingStatus.findById(id) != null));

        sendState(id.toString(), state(id, "moh", 2, AccountStatus.ACTIVE, REGISTERED_AT.plusSeconds(120)));

        await().atMost(Duration.ofSeconds(60)).until(() -> status(id) != null);
        assertThat(status(id)).isEqualTo(AccountStatus.ACTIVE);
    }

    private Map<String, ?> kafkaSettings() {
        return kafka.getConsumer(AccountStateConsumer.CHANNEL).configuration();
    }

    private static Integer stateVersion(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            KnownAccount account = KnownAccount.findById(id);
            return account == null ? null : account.stateVersion;
        });
    }

    private static AccountStatus status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            KnownAccount account = KnownAccount.findById(id);
            return account == null ? null : account.status;
        });
    }
}
