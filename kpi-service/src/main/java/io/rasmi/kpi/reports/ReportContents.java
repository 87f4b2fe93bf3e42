package io.rasmi.kpi.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.rasmi.directory.KnownAccountView;
import io.rasmi.directory.KnownAccounts;
import io.rasmi.events.AccountStatus;
import io.rasmi.kpi.metrics.Metric;
import io.rasmi.kpi.series.BreakdownView;
import io.rasmi.kpi.series.Dimension;
import io.rasmi.kpi.series.Granularity;
import io.rasmi.kpi.series.ObservationQueries;
import io.rasmi.kpi.series.SeriesView;
import io.rasmi.kpi.targets.TargetService;

/**
 * What a report says, put together from the service's own queries (series, breakdowns, target attainment): no
 * figure is computed here that GET /api/v1/kpi/series or /targets/attainment would not give for the same days.
 */
@ApplicationScoped
public class ReportContents {

    /** The daily series charted per account. */
    static final List<Metric> SERIES = List.of(Metric.REACH, Metric.IMPRESSIONS, Metric.ENGAGEMENTS);
    /** The metrics broken down by age, governorate and gender: who follows, and who is reached. */
    static final List<Metric> BREAKDOWNS = List.of(Metric.FOLLOWERS, Metric.REACH);

    @Inject
    EntityManager entityManager;

    @Inject
    KnownAccounts knownAccounts;

    @Inject
    ObservationQueries queries;

    @Inject
    TargetService targets;

    @Inject
    ReportSentiment sentiment;

    /**
     * The entity's report for {@code period}: every ACTIVE account, and any other with figures in the period or the
     * one before (an account suspended mid-month still had a month).
     */
    @Transactional
    public ReportView build(UUID id, String entity, ReportPeriod period, Instant generatedAt) {
        ReportPeriod previous = period.previous();
        List<UUID> ids = entityManager.createQuery("select a.id from KnownAccount a where a.entity = ?1 "
                + "order by a.platform, a.handle, a.id", UUID.class).setParameter(1, entity).getResultList();
        List<ReportView.AccountSection> sections = new ArrayList<>();
        for (UUID accountId : ids) {
            KnownAccountView account = knownAccounts.findForEntity(accountId, entity).orElseThrow();
            List<ReportView.MetricFigure> metrics = metrics(account, period, previous);
            boolean hasFigures = metrics.stream().anyMatch(m -> m.current() != null || m.previous() != null);
            if (account.status() != AccountStatus.ACTIVE && !hasFigures) {
                continue;
            }
            sections.add(new ReportView.AccountSection(
                    new ReportView.Account(account.id(), account.platform(), account.handle(), account.displayNameAr(),
                            account.displayNameEn()),
                    metrics, series(entity, account, period), breakdowns(entity, account, period),
                    targets.attainment(entity, accountId, period.kind(), period.start(), period.end()).items(),
                    sentiment.of(accountId, period.start(), period.end()).orElse(null)));
        }
        return new ReportView(id, entity, new ReportView.Period(period.code(), period.kind(), period.start(),
                period.end(), previous.start(), previous.end()), generatedAt, sections);
    }

    private List<ReportView.MetricFigure> metrics(KnownAccountView account, ReportPeriod period,
            ReportPeriod previous) {
        List<ReportView.MetricFigure> figures = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            if (!metric.reportedBy(account.platform())) {
                continue;
            }
            BigDecimal current = queries.figure(account.id(), metric, period.start(), period.end());
            BigDecimal before = queries.figure(account.id(), metric, previous.start(), previous.end());
            figures.add(new ReportView.MetricFigure(metric, metric.titleAr(), metric.titleEn(), current, before,
                    change(current, before)));
        }
        return figures;
    }

    /** The relative change, four decimals; null without both figures or from zero. */
    static BigDecimal change(BigDecimal current, BigDecimal previous) {
        if (current == null || previous == null || previous.signum() == 0) {
            return null;
        }
        BigDecimal change = current.subtract(previous).divide(previous, 4, RoundingMode.HALF_EVEN);
        return new BigDecimal(change.stripTrailingZeros().toPlainString());
    }

    private List<SeriesView> series(String entity, KnownAccountView account, ReportPeriod period) {
        return SERIES.stream().filter(metric -> metric.reportedBy(account.platform()))
                .map(metric -> queries.series(entity, account.id(), metric, period.start(), period.end(),
                        Granularity.DAY))
                .filter(series -> !series.points().isEmpty())
                .toList();
    }

    private List<BreakdownView> breakdowns(String entity, KnownAccountView account, ReportPeriod period) {
        List<BreakdownView> breakdowns = new ArrayList<>();
        for (Metric metric : BREAKDOWNS) {
            if (!metric.reportedBy(account.platform())) {
                continue;
            }
            for (Dimension dimension : Dimension.values()) {
                BreakdownView breakdown = queries.breakdown(entity, account.id(), metric, dimension, period.start(),
                        period.end());
                if (!breakdown.items().isEmpty()) {
                    breakdowns.add(breakdown);
                }
            }
        }
        return breakdowns.stream().filter(Objects::nonNull).toList();
    }
}
