package io.rasmi.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.rasmi.platform.RasmiConfig;

/**
 * Sends outbox rows to Kafka in insertion order and marks a row sent only after the broker acknowledged it.
 * <p>
 * Once per relay: a row is never sent again while an earlier send of it may still land. Sends the broker has not
 * answered stay in {@link #inFlight} across passes, and the relay sends nothing new until they are resolved; the
 * producer keeps retrying them through an outage (its own retries the broker deduplicates). A row is sent again
 * only after its send failed for good, and then on a new producer. What remains is at least once at the edge: a
 * relay killed between the broker's acknowledgement and the row's update sends that row again after the restart;
 * consumers deduplicate on the CloudEvents {@code id} (the kit's inbox does).
 * <p>
 * One instance relays at a time ({@link RelayLeadership}), so two replicas cannot interleave one key's events or
 * send each other's unresolved rows. A send refused at once stops the pass at that row (keeping per-key order) and
 * backs off.
 * <p>
 * A pass runs at every poll and also right after a transaction that wrote outbox rows commits on this instance
 * ({@link #wakeAfterCommit}), on one background thread: the poll interval then bounds only what another instance
 * wrote. A woken pass is an ordinary pass: it needs the leadership and respects the back-off. Commits through another
 * instance wake the leader too, by a PostgreSQL notification ({@link OutboxNotifications}); the poll is then only
 * the fallback for a lost wake.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** How long one pass waits for acknowledgements before it leaves them in flight for the next pass. */
    private static final Duration ACK_WAIT = Duration.ofSeconds(5);

    @Inject
    EntityManager entityManager;

    @Inject
    KafkaSender sender;

    @Inject
    RelayLeadership leadership;

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

    /** Sends not answered yet, by row, in send order; guarded by this relay's monitor. */
    private final Map<Long, Future<RecordMetadata>> inFlight = new LinkedHashMap<>();
    /** A send failed for good: the producer is replaced once nothing of it is in flight. */
    private boolean producerFailed;

    private volatile Instant nextAttempt = Instant.MIN;
    private volatile Duration backoff = Duration.ZERO;

    /** Runs the passes woken by commits, one at a time; a wake while one is queued adds nothing. */
    private final ExecutorService waker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "outbox-relay-wake");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile boolean stopping;

    /**
     * Meters exist as soon as the bean does: the scheduler may run a pass before the application's startup event
     * has been delivered to every observer.
     */
    @PostConstruct
    void registerMetrics() {
        Gauge.builder("rasmi.outbox.pending", pending, AtomicLong::get)
                .description("Outbox events not yet acknowledged by Kafka").register(registry);
        Gauge.builder("rasmi.outbox.lag.seconds", lagSeconds, AtomicLong::get)
                .description("Age of the oldest unsent outbox event").register(registry);
        // per service, the sum over its replicas is 1: 0 means nobody relays, so events pile up unsent
        Gauge.builder("rasmi.outbox.leader", leadership, lead -> lead.holds() ? 1 : 0)
                .description("1 on the instance that relays this service's outbox, 0 on the others").register(registry);
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

    /**
     * Asks for a pass once a transaction that wrote outbox rows has committed, without delaying the caller. The
     * queued flag is cleared as the pass starts, so rows committed during a pass wake the next one.
     */
    void wakeAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wake();
    }

    /**
     * Asks for a pass on the background thread, without waiting for it; also used when another instance's commit is
     * notified ({@link OutboxNotifications}).
     */
    void wake() {
        if (!config.outbox().relayEnabled() || !wakeQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            waker.execute(() -> {
                wakeQueued.set(false);
                if (!stopping) {
                    scheduledPass();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException rejected) {
            wakeQueued.set(false); // shutting down: the next start's poll relays it
        }
    }

    /** A pass under way finishes (never interrupted inside its transaction); queued ones do nothing. */
    @PreDestroy
    void stopWaking() {
        stopping = true;
        waker.shutdown();
    }

    /** Relays until the outbox is empty, a send fails or sends await the broker; answers how many events went out. */
    public synchronized int relayAll() {
        int total = 0;
        try {
            if (!leadership.lead()) {
                return 0;
            }
            while (true) {
                PassResult pass = relayBatch();
                total += pass.sent();
                if (pass.failed()) {
                    backOff(pass.error());
                    break;
                }
                if (pass.awaiting() > 0) {
                    LOG.debugf("%d outbox events await Kafka's answer; none is sent again meanwhile", pass.awaiting());
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

    /** Sends still unanswered by the broker (for tests and diagnostics). */
    public synchronized int inFlightCount() {
        return inFlight.size();
    }

    @Transactional
    PassResult relayBatch() {
        // First what earlier passes sent: while any of it may still land, nothing new goes out.
        Settled earlier = settle();
        if (earlier.error() != null || !inFlight.isEmpty()) {
            return new PassResult(earlier.acknowledged(), earlier.error() != null, earlier.error(), inFlight.size());
        }
        List<OutboxEvent> batch = entityManager
                .createQuery("from OutboxEvent where sentAt is null order by seq", OutboxEvent.class)
                .setMaxResults(config.outbox().batchSize())
                .getResultList();
        String refused = null;
        for (OutboxEvent event : batch) {
            try {
                Future<RecordMetadata> send = sender.send(event);
                inFlight.put(event.seq, send);
                if (send.isDone() && failed(send)) {
                    break; // refused at once (no metadata in an outage): the rest waits, keeping per-key order
                }
            } catch (RuntimeException notQueued) {
                // Not queued, so safe to send again later; the rest waits, keeping per-key order.
                refused = notQueued.getClass().getSimpleName();
                event.attempts++;
                event.lastError = refused;
                break;
            }
        }
        Settled now = settle();
        int acknowledged = earlier.acknowledged() + now.acknowledged();
        String error = now.error() != null ? now.error() : refused;
        return new PassResult(acknowledged, error != null, error, inFlight.size());
    }

    /**
     * Waits a while for the sends in flight, records those the broker answered, and keeps the others. A send that
     * failed for good makes its row sendable again; the producer is replaced once none of its sends is unresolved.
     */
    private Settled settle() {
        if (inFlight.isEmpty()) {
            return new Settled(0, null);
        }
        long deadline = System.nanoTime() + ACK_WAIT.toNanos();
        Instant now = clock.instant();
        int acknowledged = 0;
        String error = null;
        Iterator<Map.Entry<Long, Future<RecordMetadata>>> sends = inFlight.entrySet().iterator();
        while (sends.hasNext()) {
            Map.Entry<Long, Future<RecordMetadata>> send = sends.next();
            String failure;
            try {
                send.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                failure = null;
            } catch (TimeoutException unanswered) {
                continue; // may still land: keep it, never send it again meanwhile
            } catch (ExecutionException refused) {
                failure = describe(refused);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            sends.remove();
            OutboxEvent event = entityManager.find(OutboxEvent.class, send.getKey());
            if (failure == null) {
                acknowledged++;
            } else {
                error = error == null ? failure : error;
                producerFailed = true;
            }
            if (event != null) {
                event.attempts++;
                event.lastError = failure;
                event.sentAt = failure == null ? now : null;
            }
        }
        if (producerFailed && inFlight.isEmpty()) {
            sender.reset();
            producerFailed = false;
        }
        sent.increment(acknowledged);
        return new Settled(acknowledged, error);
    }

    /** On a graceful stop, records what the broker acknowledged meanwhile, so it is not sent again after a restart. */
    void settleBeforeStopping(@Observes ShutdownEvent shutdown) {
        synchronized (this) {
            if (inFlight.isEmpty()) {
                return;
            }
            try {
                QuarkusTransaction.requiringNew().run(this::settle);
            } catch (RuntimeException unavailable) {
                LOG.warnf("Outbox sends in flight not settled before stopping: %s",
                        unavailable.getClass().getSimpleName());
            }
        }
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

    private static boolean failed(Future<?> done) {
        try {
            done.get();
            return false;
        } catch (ExecutionException | RuntimeException failure) {
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static String describe(Exception failure) {
        Throwable cause = failure instanceof ExecutionException && failure.getCause() != null ? failure.getCause()
                : failure;
        return cause.getClass().getSimpleName();
    }

    public long pendingCount() {
        return pending.get();
    }

    /** What a pass did: events acknowledged, whether a send failed (and why), sends still awaiting the broker. */
    record PassResult(int sent, boolean failed, String error, int awaiting) {
    }

    private record Settled(int acknowledged, String error) {
    }
}
