package io.rasmi.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.rasmi.platform.RasmiConfig;

/**
 * Sends outbox rows to Kafka in insertion order and marks a row sent only after the broker acknowledged it.
 * At least once: a crash between the acknowledgement and the commit sends the row again, which the consumers'
 * inbox absorbs. A failed pass stops at the first unacknowledged row (keeping per-key order) and backs off.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** One relay at a time per database, so two instances cannot interleave one key's events. */
    private static final long RELAY_LOCK = 0x5241534D49L; // "RASMI"
    private static final long ACK_TIMEOUT_SECONDS = 15;

    @Inject
    EntityManager entityManager;

    @Inject
    KafkaSender sender;

    @Inject
    RasmiConfig config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong lagSeconds = new AtomicLong();
    private Counter sent;
    private Counter failures;

    private volatile Instant nextAttempt = Instant.MIN;
    private volatile Duration backoff = Duration.ZERO;

    void registerMetrics(@jakarta.enterprise.event.Observes StartupEvent startup) {
        Gauge.builder("rasmi.outbox.pending", pending, AtomicLong::get)
                .description("Outbox events not yet acknowledged by Kafka").register(registry);
        Gauge.builder("rasmi.outbox.lag.seconds", lagSeconds, AtomicLong::get)
                .description("Age of the oldest unsent outbox event").register(registry);
        sent = Counter.builder("rasmi.outbox.sent").description("Outbox events acknowledged by Kafka")
                .register(registry);
        failures = Counter.builder("rasmi.outbox.send.failures").description("Failed relay passes")
                .register(registry);
    }

    @Scheduled(every = "${rasmi.outbox.poll-interval:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "outbox-relay")
    void scheduledPass() {
        if (!config.outbox().relayEnabled() || clock.instant().isBefore(nextAttempt)) {
            return;
        }
        relayAll();
    }

    /** Relays until the outbox is empty or a send fails; answers how many events went out. */
    public int relayAll() {
        int total = 0;
        try {
            while (true) {
                PassResult pass = relayBatch();
                total += pass.sent();
                if (pass.failed()) {
                    backOff(pass.error());
                    break;
                }
                if (pass.sent() < config.outbox().batchSize()) {
                    backoff = Duration.ZERO;
                    break;
                }
            }
        } catch (RuntimeException unexpected) {
            backOff(unexpected.getClass().getSimpleName());
            LOG.warnf("Outbox relay pass failed: %s", unexpected.getClass().getSimpleName());
        } finally {
            refreshGauges();
        }
        return total;
    }

    @Transactional
    PassResult relayBatch() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new PassResult(0, false, null);
        }
        List<OutboxEvent> batch = entityManager
                .createQuery("from OutboxEvent where sentAt is null order by seq", OutboxEvent.class)
                .setMaxResults(config.outbox().batchSize())
                .getResultList();
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
        String error = null;
        for (OutboxEvent event : batch) {
            try {
                acknowledgements.add(sender.send(event));
            } catch (RuntimeException refused) {
                error = refused.getClass().getSimpleName();
                break;
            }
        }
        Instant now = clock.instant();
        int acknowledged = 0;
        for (int i = 0; i < acknowledgements.size(); i++) {
            OutboxEvent event = batch.get(i);
            try {
                acknowledgements.get(i).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                event.sentAt = now;
                event.attempts++;
                event.lastError = null;
                acknowledged++;
            } catch (ExecutionException | TimeoutException notAcknowledged) {
                error = describe(notAcknowledged);
                event.attempts++;
                event.lastError = error;
                break;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                error = "interrupted";
                break;
            }
        }
        if (error != null && acknowledged == acknowledgements.size() && acknowledged < batch.size()) {
            OutboxEvent refused = batch.get(acknowledged);
            refused.attempts++;
            refused.lastError = error;
        }
        sent.increment(acknowledged);
        return new PassResult(acknowledged, error != null, error);
    }

    @Scheduled(every = "1h", delayed = "1m", identity = "outbox-purge")
    @Transactional
    void purgeSent() {
        Instant before = clock.instant().minus(config.outbox().retention());
        long purged = OutboxEvent.delete("sentAt is not null and sentAt < ?1", before);
        if (purged > 0) {
            LOG.debugf("Purged %d sent outbox events", purged);
        }
    }

    private void backOff(String error) {
        failures.increment();
        Duration initial = config.outbox().initialBackoff();
        Duration next = backoff.isZero() ? initial : backoff.multipliedBy(2);
        backoff = next.compareTo(config.outbox().maxBackoff()) > 0 ? config.outbox().maxBackoff() : next;
        nextAttempt = clock.instant().plus(backoff);
        LOG.warnf("Kafka did not acknowledge outbox events (%s); next try in %s", error, backoff);
    }

    @Transactional
    void refreshGauges() {
        try {
            Object[] row = (Object[]) entityManager
                    .createNativeQuery("select count(*), min(created_at) from outbox_event where sent_at is null")
                    .getSingleResult();
            pending.set(((Number) row[0]).longValue());
            Instant oldest = row[1] == null ? null : toInstant(row[1]);
            lagSeconds.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds()));
        } catch (RuntimeException unavailable) {
            LOG.debugf("Outbox gauges not refreshed: %s", unavailable.getClass().getSimpleName());
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return Instant.parse(value.toString());
    }

    private static String describe(Exception failure) {
        Throwable cause = failure instanceof ExecutionException && failure.getCause() != null ? failure.getCause()
                : failure;
        return cause.getClass().getSimpleName();
    }

    public long pendingCount() {
        return pending.get();
    }

    record PassResult(int sent, boolean failed, String error) {
    }
}
