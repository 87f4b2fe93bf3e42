package io.rasmi.account.state;

import static io.rasmi.account.Callers.entityAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rasmi.account.Fixtures;
import io.rasmi.account.lifecycle.AccountStates;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.account.unit.StaffFixtures;
import io.rasmi.events.AccountRole;
import io.rasmi.events.AccountState;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.EventType;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaBroker;
import io.rasmi.testkit.KafkaTestConsumer;

/**
 * Every kind of change of an account yields its whole state on the compacted topic {@code rasmi.account.state.v1},
 * as the real broker carries it, keeping the contract and matching the account as the API shows it.
 */
@QuarkusTest
class AccountStateTopicTest {

    private static final String ACCOUNTS = "/api/v1/accounts";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Inject
    AccountStateBackfill backfill;

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    @Test
    void shouldPublishTheWholeStateOnEveryKindOfChange() {
        // registration
        String id = Fixtures.proposeAccount("moh");
        assertMatchesTheApi(state(id, 1), id);

        // profile change through PATCH, with a posting plan
        Map<String, Object> patch = new HashMap<>();
        patch.put("displayNameEn", "Ministry of Health - Iraq");
        patch.put("postingPlan", Map.of("postsPerWeek", 4, "platformsNote", "Campaign news on Thursdays"));
        entityAdmin("moh").contentType(MERGE_PATCH).header("If-Match", "\"0\"").body(patch)
                .patch(ACCOUNTS + "/" + id).then().statusCode(200);
        AccountState patched = state(id, 2);
        assertThat(patched.displayNameEn()).isEqualTo("Ministry of Health - Iraq");
        assertThat(patched.postingPlan()).isEqualTo(new AccountState.PostingPlan(4, "Campaign news on Thursdays"));
        assertMatchesTheApi(patched, id);

        // role holder added, then a second one
        String admin = StaffFixtures.addStaff("moh", "HEAD");
        String publisher = StaffFixtures.addStaff("moh");
        entityAdmin("moh").body(Map.of("staffId", admin, "role", "ADMIN")).post(holders(id)).then().statusCode(201);
        String publishing = entityAdmin("moh").body(Map.of("staffId", publisher, "role", "PUBLISHER"))
                .post(holders(id)).then().statusCode(201).extract().path("id");
        AccountState held = state(id, 4);
        assertThat(held.roleHolders()).containsExactly(
                new AccountState.RoleHolder(UUID.fromString(admin), AccountRole.ADMIN),
                new AccountState.RoleHolder(UUID.fromString(publisher), AccountRole.PUBLISHER));
        assertMatchesTheApi(held, id);

        // role holder removed
        entityAdmin("moh").delete(holders(id) + "/" + publishing).then().statusCode(200);
        AccountState removed = state(id, 5);
        assertThat(removed.roleHolders()).containsExactly(
                new AccountState.RoleHolder(UUID.fromString(admin), AccountRole.ADMIN));
        assertMatchesTheApi(removed, id);

        // the verified badge
        entityAdmin("moh").body(Map.of("verified", true, "verifiedAt", "2026-01-20T00:00:00Z",
                "evidenceUrl", "https://dms.moh.gov.iq/verification.pdf"))
                .put(ACCOUNTS + "/" + id + "/verification").then().statusCode(200);
        AccountState verified = state(id, 6);
        assertThat(verified.verified()).isTrue();
        assertMatchesTheApi(verified, id);

        // lifecycle transitions: the decision, then the archive
        AccountStates.decide("moh", id);
        AccountState approved = state(id, 7);
        assertThat(approved.status()).isEqualTo(AccountStatus.APPROVED);
        assertMatchesTheApi(approved, id);
        entityAdmin("moh").body(Map.of("reason", "Merged into the main page")).post(ACCOUNTS + "/" + id + "/archive")
                .then().statusCode(200);
        AccountState archived = state(id, 8);
        assertThat(archived.status()).isEqualTo(AccountStatus.ARCHIVED);
        assertMatchesTheApi(archived, id);

        // one record per change, versions in the topic's order
        List<Integer> versions = KafkaTestConsumer.records(Topics.ACCOUNT_STATE, Duration.ofSeconds(30),
                record -> id.equals(record.key())).stream().map(record -> payload(record).version()).toList();
        assertThat(versions).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void shouldPublishTheStateWhenAnActiveAccountIsSuspended() {
        String id = AccountStates.in("moh", AccountStatus.ACTIVE);
        entityAdmin("moh").body(Map.of("reason", "Campaign paused")).post(ACCOUNTS + "/" + id + "/suspension")
                .then().statusCode(200);
        AccountState suspended = state(id, 2);
        assertThat(suspended.status()).isEqualTo(AccountStatus.SUSPENDED);
        assertMatchesTheApi(suspended, id);
    }

    @Test
    void shouldCreateTheStateTopicCompacted() {
        Properties settings = new Properties();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ACCOUNT_STATE);
        try (Admin admin = Admin.create(settings)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(admin.listTopics().names().get()).contains(Topics.ACCOUNT_STATE);
                Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
                assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
                        .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            });
        }
    }

    @Test
    void shouldPublishTheStateOfAnAccountRegisteredBeforeTheStateTopicExisted() {
        String id = Fixtures.proposeAccount("moh");
        state(id, 1);
        // As the V45 migration leaves an account registered before it: no state version yet.
        QuarkusTransaction.requiringNew().run(() -> OfficialAccount.getEntityManager()
                .createNativeQuery("update official_account set state_version = 0 where id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate());

        assertThat(backfill.publishMissing()).isPositive();

        List<ConsumerRecord<String, String>> firstStates = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (firstStates.size() < 2 && System.nanoTime() < deadline) {
            firstStates = KafkaTestConsumer.records(Topics.ACCOUNT_STATE, Duration.ofSeconds(10),
                    record -> id.equals(record.key()) && payload(record).version() == 1);
        }
        assertThat(firstStates).hasSize(2);
        EventContract.assertValid(firstStates.get(1).key(), firstStates.get(1).value());
        assertMatchesTheApi(payload(firstStates.get(1)), id);
        assertThat(backfill.publishMissing()).as("nothing is missing any more").isZero();
    }

    private static String holders(String id) {
        return ACCOUNTS + "/" + id + "/role-holders";
    }

    /** The account's state record of {@code version} on the real broker, checked against its contract. */
    private static AccountState state(String id, int version) {
        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.ACCOUNT_STATE,
                Duration.ofSeconds(30), r -> id.equals(r.key()) && payload(r).version() == version);
        EventContract.assertValid(record.key(), record.value());
        CloudEvent event = EventCodec.read(record.value());
        assertThat(event.type()).isEqualTo(EventType.ACCOUNT_STATE.type());
        assertThat(event.subject()).isEqualTo(id);
        return payload(record);
    }

    private static AccountState payload(ConsumerRecord<String, String> record) {
        return EventCodec.payload(EventCodec.read(record.value()), AccountState.class);
    }

    private static void assertMatchesTheApi(AccountState state, String id) {
        JsonPath account = entityAdmin("moh").get(ACCOUNTS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(state.accountId()).hasToString(id);
        assertThat(state.entity()).isEqualTo(account.getString("entity"));
        assertThat(state.platform().name()).isEqualTo(account.getString("platform"));
        assertThat(state.handle()).isEqualTo(account.getString("handle"));
        assertThat(state.profileUrl()).isEqualTo(account.getString("profileUrl"));
        assertThat(state.displayNameAr()).isEqualTo(account.getString("displayNameAr"));
        assertThat(state.displayNameEn()).isEqualTo(account.getString("displayNameEn"));
        assertThat(state.status().name()).isEqualTo(account.getString("status"));
        assertThat(state.registeredAt()).as("the account's creation time")
                .isEqualTo(Instant.parse(account.getString("createdAt")));
        Map<String, Object> plan = account.getMap("postingPlan");
        if (plan == null) {
            assertThat(state.postingPlan()).isNull();
        } else {
            assertThat(state.postingPlan()).isEqualTo(new AccountState.PostingPlan(
                    ((Number) plan.get("postsPerWeek")).intValue(), (String) plan.get("platformsNote")));
        }
        boolean verified = entityAdmin("moh").get(ACCOUNTS + "/" + id + "/verification").then().statusCode(200)
                .extract().path("verified");
        assertThat(state.verified()).isEqualTo(verified);
        List<Map<String, Object>> holders = entityAdmin("moh").get(holders(id)).then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(state.roleHolders()).containsExactlyInAnyOrderElementsOf(holders.stream()
                .map(h -> new AccountState.RoleHolder(UUID.fromString((String) h.get("staffId")),
                        AccountRole.valueOf((String) h.get("role"))))
                .toList());
    }
}
