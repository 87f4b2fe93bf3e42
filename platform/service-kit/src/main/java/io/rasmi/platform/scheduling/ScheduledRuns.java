package io.rasmi.platform.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A scheduled job that runs once across replicas. Every replica's scheduler fires (give them the same cron, so
 * their fire times agree); each claims the job's fire time in the database, and only the one whose insert wins
 * runs it. The claim commits on its own, before the job runs, so a slow job does not hold the others' inserts.
 * Each replica counts its fires in {@code rasmi.scheduled.runs} by job and outcome ({@code ran} or {@code skipped}):
 * across replicas, the {@code ran} counts add up to one per fire time.
 *
 * <pre>{@code
 * @Scheduled(cron = "0 * * * * ?", identity = "response-targets")
 * void everyMinute(ScheduledExecution execution) {
 *     if (scheduledRuns.claim("response-targets", execution.getScheduledFireTime())) {
 *         responseTargets.scan();
 *     }
 * }
 * }</pre>
 */
@ApplicationScoped
public class ScheduledRuns {

    private static final Logger LOG = Logger.getLogger(ScheduledRuns.class);
    /** Which process claimed a run, for whoever reads the table. */
    private static final String INSTANCE = UUID.randomUUID().toString();

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    /**
     * Whether this replica won the run of {@code job} at {@code fireTime} (taken to the second, as cron fires are);
     * false if another replica, or an earlier call, claimed it.
     */
    public boolean claim(String job, Instant fireTime) {
        Instant slot = fireTime.truncatedTo(ChronoUnit.SECONDS);
        int claimed = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "insert into scheduled_run (job, fire_time, claimed_at, claimed_by) values (?1, ?2, ?3, ?4) "
                        + "on conflict do nothing")
                .setParameter(1, job).setParameter(2, slot).setParameter(3, clock.instant())
                .setParameter(4, INSTANCE).executeUpdate());
        if (claimed == 0) {
            LOG.debugf("Run of %s at %s already claimed", job, slot);
        }
        registry.counter("rasmi.scheduled.runs", "job", job, "outcome", claimed == 1 ? "ran" : "skipped").increment();
        return claimed == 1;
    }
}
