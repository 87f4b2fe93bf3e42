package io.rasmi.account.state;

import static io.rasmi.account.Callers.entityAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.account.unit.StaffFixtures;
import io.rasmi.account.unit.StaffMember;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.EventType;
import io.rasmi.events.StaffSnapshot;
import io.rasmi.events.Topics;
import io.rasmi.events.UnitRole;
import io.rasmi.testkit.KafkaBroker;
import io.rasmi.testkit.KafkaTestConsumer;

/**
 * Every change of a member of the social media unit yields its staff event on {@code rasmi.account.events.v1} and
 * the member's whole state on the compacted {@code rasmi.account.staff-state.v1}, as the real broker carries them,
 * keeping their contract: names, official e-mail, unit role, active, and nothing else.
 */
@QuarkusTest
class StaffStateTopicTest {

    private static final String STAFF = "/api/v1/staff";

    @Inject
    StaffStateBackfill backfill;

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    @Test
    void shouldPublishTheStaffEventAndTheWholeStateOnEveryChange() {
        String email = StaffFixtures.uniqueEmail("moh");
        String id = entityAdmin("moh").body(StaffFixtures.member(email, "IT_OFFICER")).post(STAFF)
                .then().statusCode(201).extract().path("id");
        StaffSnapshot added = event(id, EventType.ACCOUNT_STAFF_ADDED, 1);
        assertThat(added).isEqualTo(state(id, 1));
        assertThat(added.staffId()).hasToString(id);
        assertThat(added.entity()).isEqualTo("moh");
        assertThat(added.fullName()).isEqualTo("زينب علي حسين");
        assertThat(added.officialEmail()).isEqualTo(email);
        assertThat(added.unitRole()).isEqualTo(UnitRole.IT_OFFICER);
        assertThat(added.active()).isTrue();

        entityAdmin("moh").header("If-Match", "\"0\"").body(Map.of("unitRole", "HEAD")).patch(STAFF + "/" + id)
                .then().statusCode(200);
        StaffSnapshot changed = event(id, EventType.ACCOUNT_STAFF_CHANGED, 2);
        assertThat(changed).isEqualTo(state(id, 2));
        assertThat(changed.unitRole()).isEqualTo(UnitRole.HEAD);

        // Leaving the unit is a removal for whoever follows the staff.
        entityAdmin("moh").header("If-Match", "\"1\"").body(Map.of("active", false)).patch(STAFF + "/" + id)
                .then().statusCode(200);
        StaffSnapshot removed = event(id, EventType.ACCOUNT_STAFF_REMOVED, 3);
        assertThat(removed).isEqualTo(state(id, 3));
        assertThat(removed.active()).isFalse();

        // Coming back is an addition again.
        entityAdmin("moh").header("If-Match", "\"2\"").body(Map.of("active", true)).patch(STAFF + "/" + id)
                .then().statusCode(200);
        assertThat(event(id, EventType.ACCOUNT_STAFF_ADDED, 4).active()).isTrue();

        List<Integer> versions = KafkaTestConsumer.records(Topics.STAFF_STATE, Duration.ofSeconds(30),
                record -> id.equals(record.key())).stream().map(record -> payload(record).version()).toList();
        assertThat(versions).containsExactly(1, 2, 3, 4);
    }

    @Test
    void shouldPublishNothingWhenAChangeChangesNothing() {
        String id = StaffFixtures.addStaff("moh", "IT_OFFICER");
        state(id, 1);
        entityAdmin("moh").header("If-Match", "\"0\"").body(Map.of("unitRole", "IT_OFFICER"))
                .patch(STAFF + "/" + id).then().statusCode(200);
        String other = StaffFixtures.addStaff("moh", "IT_OFFICER");
        state(other, 1); // published after the empty change: the topic has caught up past it

        assertThat(KafkaTestConsumer.records(Topics.STAFF_STATE, Duration.ofSeconds(10),
                record -> id.equals(record.key()))).hasSize(1);
    }

    @Test
    void shouldCarryNoPhoneNumberAndNothingBeyondTheSnapshot() throws Exception {
        String id = StaffFixtures.addStaff("moh", "IT_OFFICER");
        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.ACCOUNT_EVENTS,
                Duration.ofSeconds(30), r -> id.equals(r.key()));
        JsonNode data = new ObjectMapper().readTree(record.value()).get("data");

        assertThat(data.properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("staffId", "entity",
                "fullName", "officialEmail", "unitRole", "active", "version", "updatedAt");
    }

    @Test
    void shouldCreateTheStaffStateTopicCompacted() {
        Properties settings = new Properties();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.STAFF_STATE);
        try (Admin admin = Admin.create(settings)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(admin.listTopics().names().get()).contains(Topics.STAFF_STATE);
                Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
                assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
                        .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            });
        }
    }

    @Test
    void shouldPublishTheStateOfAMemberAddedBeforeTheStaffStateTopicExisted() {
        String id = StaffFixtures.addStaff("moh", "IT_OFFICER");
        state(id, 1);
        // As the V46 migration leaves a member added before it: no state version yet.
        QuarkusTransaction.requiringNew().run(() -> StaffMember.getEntityManager()
                .createNativeQuery("update staff_member set state_version = 0 where id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate());

        assertThat(backfill.publishMissing()).isPositive();

        List<ConsumerRecord<String, String>> firstStates = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (firstStates.size() < 2 && System.nanoTime() < deadline) {
            firstStates = KafkaTestConsumer.records(Topics.STAFF_STATE, Duration.ofSeconds(10),
                    record -> id.equals(record.key()) && payload(record).version() == 1);
        }
        assertThat(firstStates).hasSize(2);
        EventContract.assertValid(firstStates.get(1).key(), firstStates.get(1).value());
        assertThat(payload(firstStates.get(1)).unitRole()).isEqualTo(UnitRole.IT_OFFICER);
        assertThat(backfill.publishMissing()).as("nothing is missing any more").isZero();
    }

    /** The member's staff event of {@code type} and {@code version} on the real broker, checked against its contract. */
    private static StaffSnapshot event(String id, EventType type, int version) {
        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.ACCOUNT_EVENTS,
                Duration.ofSeconds(30), r -> id.equals(r.key()) && payload(r).version() == version);
        EventContract.assertValid(record.key(), record.value());
        CloudEvent event = EventCodec.read(record.value());
        assertThat(event.type()).isEqualTo(type.type());
        assertThat(event.subject()).isEqualTo(id);
        return payload(record);
    }

    /** The member's state record of {@code version} on the compacted topic, checked against its contract. */
    private static StaffSnapshot state(String id, int version) {
        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.STAFF_STATE,
                Duration.ofSeconds(30), r -> id.equals(r.key()) && payload(r).version() == version);
        EventContract.assertValid(record.key(), record.value());
        assertThat(EventCodec.read(record.value()).type()).isEqualTo(EventType.ACCOUNT_STAFF_STATE.type());
        return payload(record);
    }

    private static StaffSnapshot payload(ConsumerRecord<String, String> record) {
        return EventCodec.payload(EventCodec.read(record.value()), StaffSnapshot.class);
    }
}
