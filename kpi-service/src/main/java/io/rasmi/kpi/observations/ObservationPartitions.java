package io.rasmi.kpi.observations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.rasmi.kpi.config.KpiConfig;

/**
 * The monthly partitions of {@code kpi_observation}. The job creates the current month and the next few ahead; a
 * batch with older (or not yet created) months creates those before it lands. Creation is {@code create table if not
 * exists} under a transaction-scoped advisory lock, so any number of replicas may run it at once: the second finds
 * the partition made. There is no default partition: a month is always created before its rows arrive, and a
 * partition never has to be carved out of a default one later.
 */
@ApplicationScoped
public class ObservationPartitions {

    /** The advisory lock key of partition creation (the first of the two int keys: "kpi" in ASCII). */
    private static final int LOCK_CLASS = 0x6b7069;
    private static final int LOCK_PARTITIONS = 1;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    KpiConfig config;

    /** Months known to exist: partitions are never dropped, so what was once seen stays true. */
    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    void onStart(@Observes StartupEvent start) {
        createAhead();
    }

    /** The current month and {@code kpi.partitions.months-ahead} after it; harmless on several replicas at once. */
    @Scheduled(every = "6h", delayed = "1m", identity = "kpi-observation-partitions")
    public void createAhead() {
        YearMonth now = YearMonth.from(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        Set<YearMonth> months = new TreeSet<>();
        for (int ahead = 0; ahead <= config.partitions().monthsAhead(); ahead++) {
            months.add(now.plusMonths(ahead));
        }
        ensure(months);
    }

    /** Creates each month's partition unless it exists, in a transaction of its own. */
    public void ensure(Collection<YearMonth> months) {
        List<YearMonth> missing = months.stream().filter(month -> !known.contains(month)).sorted().toList();
        if (missing.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
                    .setParameter(1, LOCK_CLASS).setParameter(2, LOCK_PARTITIONS).getSingleResult();
            for (YearMonth month : missing) {
                String name = nameOf(month);
                Object exists = entityManager.createNativeQuery("select to_regclass(?1)::text")
                        .setParameter(1, name).getSingleResult();
                if (exists == null) {
                    // Names and bounds are made here from a YearMonth, never from input text.
                    entityManager.createNativeQuery("create table if not exists " + name
                            + " partition of kpi_observation for values from ('" + month.atDay(1) + "') to ('"
                            + month.plusMonths(1).atDay(1) + "')").executeUpdate();
                }
            }
        });
        known.addAll(missing);
    }

    /** The partition of one month: {@code kpi_observation_y2026m11}. */
    public static String nameOf(YearMonth month) {
        return String.format("kpi_observation_y%04dm%02d", month.getYear(), month.getMonthValue());
    }

    /** Forgets what this process saw, so the next call asks the database (tests that drop partitions). */
    void forget() {
        known.clear();
    }
}
