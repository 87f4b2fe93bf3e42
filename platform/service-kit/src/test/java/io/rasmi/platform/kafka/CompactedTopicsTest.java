package io.rasmi.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaBroker;

/** The compacted topics on the real broker: created at start, corrected when created otherwise, broker down survived. */
@QuarkusTest
class CompactedTopicsTest {

    private static final ConfigResource STATE = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ACCOUNT_STATE);

    @Inject
    CompactedTopics compactedTopics;

    private static Admin admin() {
        Properties settings = new Properties();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        return Admin.create(settings);
    }

    private static String policy(Admin admin) throws Exception {
        return admin.describeConfigs(List.of(STATE)).all().get().get(STATE).get(TopicConfig.CLEANUP_POLICY_CONFIG)
                .value();
    }

    @Test
    void shouldCreateTheAccountStateTopicCompactedAtStart() {
        try (Admin admin = admin()) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(admin.listTopics().names().get()).contains(Topics.ACCOUNT_STATE);
                assertThat(policy(admin)).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            });
            assertThat(compactedTopics.ensured()).isTrue();
        }
    }

    @Test
    void shouldCompactATopicThatWasCreatedWithTheDeletePolicy() throws Exception {
        try (Admin admin = admin()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> admin.listTopics().names().get()
                    .contains(Topics.ACCOUNT_STATE));
            // As a broker that auto-creates topics on first use would have made it.
            admin.incrementalAlterConfigs(Map.of(STATE, List.of(new AlterConfigOp(new ConfigEntry(
                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE), AlterConfigOp.OpType.SET))))
                    .all().get();
            assertThat(policy(admin)).isEqualTo(TopicConfig.CLEANUP_POLICY_DELETE);

            compactedTopics.ensure();

            assertThat(policy(admin)).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
    }

    @Test
    void shouldReportABrokerThatIsDownAndLeaveTheCheckForLater() {
        CompactedTopics unreachable = new CompactedTopics();
        unreachable.clientSettings = new KafkaClientSettings();
        unreachable.clientSettings.defaults = Map.of("bootstrap.servers", "127.0.0.1:1");

        assertThatThrownBy(unreachable::ensure).isInstanceOf(CompactedTopics.KafkaUnavailable.class);
        unreachable.ensureInBackground(); // logs and returns: the service keeps running
        assertThat(unreachable.ensured()).isFalse();
    }
}
