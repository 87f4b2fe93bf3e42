package io.rasmi.kpi.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.rasmi.kpi.accounts.EntityAccounts;
import io.rasmi.kpi.metrics.Metric;
import io.rasmi.kpi.series.ObservationQueries;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;

@ApplicationScoped
public class TargetService {

    @Inject
    EntityManager entityManager;

    @Inject
    EntityAccounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    ObservationQueries figures;

    @Inject
    Clock clock;

    /** What {@link #set} did: the target as it now stands, and whether it is new. */
    public record Outcome(TargetView target, boolean created) {
    }

    /**
     * Sets the target of one account, metric and period, replacing any before. Two concurrent first settings meet
     * on the table's key: one inserts, the other then updates the row it finds locked.
     */
    @Transactional
    public Outcome set(String entity, String actor, SetTargetRequest request) {
        accounts.requireReporting(entity, request.accountId(), request.metric());
        BigDecimal figure = request.target();
        int inserted = entityManager.createNativeQuery("insert into kpi_target (id, entity, account_id, metric, period, "
                + "target, updated_at, updated_by, version) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0) "
                + "on conflict (account_id, metric, period) do nothing")
                .setParameter(1, UUID.randomUUID()).setParameter(2, entity).setParameter(3, request.accountId())
                .setParameter(4, request.metric().name()).setParameter(5, request.period().name())
                .setParameter(6, figure).setParameter(7, clock.instant()).setParameter(8, actor)
                .executeUpdate();
        Target target = entityManager.createQuery("from Target where accountId = ?1 and metric = ?2 and period = ?3",
                Target.class)
                .setParameter(1, request.accountId()).setParameter(2, request.metric())
                .setParameter(3, request.period())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        if (inserted == 0) {
            target.target = figure;
            target.updatedAt = clock.instant();
            target.updatedBy = actor;
            entityManager.flush();
        }
        audit.record(entity, inserted == 1 ? "kpi.target-created" : "kpi.target-changed", "kpi-target", target.id,
                Map.of("accountId", target.accountId, "metric", target.metric, "period", target.period,
                        "target", figure.toPlainString()));
        return new Outcome(TargetView.of(target), inserted == 1);
    }

    /**
     * The account's targets of {@code period} against its figures in the period that holds {@code day}. A flow's
     * figure is the period's sum, FOLLOWERS the newest figure in it; RESPONSE_TIME is met at or below its target.
     */
    @Transactional
    public AttainmentView attainment(String entity, UUID accountId, TargetPeriod period, LocalDate day) {
        accounts.require(entity, accountId);
        LocalDate start = switch (period) {
            // Saturday to Friday, the reports' week: a ministry's working week (Sunday to Thursday) stays whole
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        };
        LocalDate end = switch (period) {
            case WEEK -> start.plusDays(6);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
        };
        return attainment(entity, accountId, period, start, end);
    }

    /**
     * The account's targets of {@code period} against its figures from {@code start} to {@code end}: the reports'
     * weeks run from Saturday to Friday (io.rasmi.kpi.reports.ReportPeriod).
     */
    @Transactional
    public AttainmentView attainment(String entity, UUID accountId, TargetPeriod period, LocalDate start,
            LocalDate end) {
        accounts.require(entity, accountId);
        List<Target> targets = Target.<Target>list("accountId = ?1 and period = ?2", Sort.by("metric"), accountId,
                period);
        List<AttainmentView.Item> items = targets.stream().map(target -> {
            BigDecimal actual = figures.figure(accountId, target.metric, start, end);
            BigDecimal goal = TargetView.plain(target.target);
            if (actual == null) {
                return new AttainmentView.Item(target.metric, goal, null, null, null);
            }
            boolean lessIsBetter = target.metric == Metric.RESPONSE_TIME;
            BigDecimal numerator = lessIsBetter ? goal : actual;
            BigDecimal denominator = lessIsBetter ? actual : goal;
            BigDecimal attainment = denominator.signum() == 0 ? null
                    : numerator.divide(denominator, 4, RoundingMode.HALF_EVEN);
            boolean met = lessIsBetter ? actual.compareTo(goal) <= 0 : actual.compareTo(goal) >= 0;
            return new AttainmentView.Item(target.metric, goal, actual, attainment, met);
        }).toList();
        return new AttainmentView(accountId, period, start, end, items);
    }

    @Transactional
    public Page<TargetView> list(String entity, UUID accountId, PageRequest page) {
        if (accountId == null) {
            return Page.of(Target.find("entity = ?1", Sort.by("accountId").and("metric").and("period"), entity), page,
                    TargetView::of);
        }
        return Page.of(Target.find("entity = ?1 and accountId = ?2", Sort.by("metric").and("period"), entity,
                accountId), page, TargetView::of);
    }
}
