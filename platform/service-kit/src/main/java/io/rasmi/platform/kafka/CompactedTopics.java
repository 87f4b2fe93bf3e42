package io.rasmi.platform.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.rasmi.events.Topics;

/**
 * Makes sure the compacted topics ({@link Topics#compacted()}) exist with {@code cleanup.policy=compact}. A broker
 * that creates topics on first use would give them its default delete policy, and the account state would then
 * vanish after the retention time; so every service checks at start, whichever starts first. Idempotent (an
 * existing topic is kept, a wrong policy is corrected) and tolerant of a broker that is down: the check runs in
 * the background and tries again until it succeeds.
 */
@ApplicationScoped
public class CompactedTopics {

    private static final Logger LOG = Logger.getLogger(CompactedTopics.class);
    private static final long TIMEOUT_SECONDS = 10;

    @Inject
    KafkaClientSettings clientSettings;

    private volatile boolean ensured;

    @Scheduled(every = "${rasmi.kafka.topic-check-interval:20s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "compacted-topics")
    void ensureInBackground() {
        if (ensured) {
            return;
        }
        try {
            ensure();
        } catch (KafkaUnavailable unavailable) {
            LOG.warnf("Could not check the compacted topics %s (%s); trying again later", Topics.compacted(),
                    unavailable.getMessage());
        }
    }

    /** Whether every compacted topic has been seen with the compact policy since this instance started. */
    public boolean ensured() {
        return ensured;
    }

    /**
     * Creates the missing compacted topics and sets the compact policy on those that lack it.
     *
     * @throws KafkaUnavailable if the broker did not answer in time
     */
    public synchronized void ensure() {
        Admin admin = Admin.create(settings());
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : Topics.compacted()) {
                if (!existing.contains(topic)) {
                    // Partitions and replication from the broker's defaults, like the other topics.
                    missing.add(new NewTopic(topic, Optional.empty(), Optional.empty())
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
                }
            }
            create(admin, missing);
            compactWhereNot(admin, Topics.compacted());
            ensured = true;
        } catch (ExecutionException | TimeoutException failed) {
            Throwable cause = failed instanceof ExecutionException && failed.getCause() != null ? failed.getCause()
                    : failed;
            throw new KafkaUnavailable(cause.getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailable("interrupted");
        } finally {
            admin.close(Duration.ofSeconds(2));
        }
    }

    private static void create(Admin admin, List<NewTopic> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        for (NewTopic topic : topics) {
            try {
                admin.createTopics(List.of(topic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                LOG.infof("Created the compacted topic %s", topic.name());
            } catch (ExecutionException raced) {
                if (!(raced.getCause() instanceof TopicExistsException)) {
                    throw raced;
                }
                // Another service (or the broker's auto-creation) was first; its policy is checked next.
            }
        }
    }

    /** A topic the broker auto-created before us has the delete policy: switch it to compact. */
    private static void compactWhereNot(Admin admin, Collection<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<ConfigResource> resources = topics.stream()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        for (ConfigResource resource : resources) {
            ConfigEntry policy = configs.get(resource).get(TopicConfig.CLEANUP_POLICY_CONFIG);
            if (policy == null || !policy.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
                LOG.warnf("Topic %s had cleanup.policy=%s; setting it to compact", resource.name(),
                        policy == null ? null : policy.value());
                AlterConfigOp compact = new AlterConfigOp(new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG,
                        TopicConfig.CLEANUP_POLICY_COMPACT), AlterConfigOp.OpType.SET);
                admin.incrementalAlterConfigs(Map.of(resource, List.of(compact))).all()
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    private Properties settings() {
        Properties settings = clientSettings.connection();
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "rasmi-compacted-topics");
        // Bounded waits, so a broker that is down costs one failed background check, not a hung thread.
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(5).toMillis());
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(10).toMillis());
        return settings;
    }

    /** The broker did not answer the check. */
    public static final class KafkaUnavailable extends RuntimeException {
        KafkaUnavailable(String reason) {
            super(reason);
        }
    }
}
