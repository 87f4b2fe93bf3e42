package io.rasmi.kpi.series;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.rasmi.kpi.accounts.EntityAccounts;
import io.rasmi.kpi.metrics.Metric;
import io.rasmi.platform.problem.ProblemException;

/**
 * Series and breakdowns of one account's figures (G9.1, G9.2), computed by PostgreSQL on the observation key's index.
 * Figures of several days combine as the metric says: flows add up, levels (followers) take the newest day's figure,
 * response times average.
 */
@ApplicationScoped
public class ObservationQueries {

    /** The longest range one query may span: ten years of days. */
    public static final int MAX_DAYS = 3660;

    private static final String TOTALS = " and age_bracket is null and governorate is null and gender is null";

    @Inject
    EntityManager entityManager;

    @Inject
    EntityAccounts accounts;

    @Transactional
    public SeriesView series(String entity, UUID accountId, Metric metric, LocalDate from, LocalDate to,
            Granularity granularity) {
        checkRange(from, to);
        accounts.require(entity, accountId);
        String bucket = "date_trunc('" + granularity.code() + "', obs_date::timestamp)::date";
        String where = " from kpi_observation where account_id = ?1 and metric = ?2 and obs_date between ?3 and ?4"
                + TOTALS;
        String sql = switch (metric.aggregation()) {
            case SUM -> "select " + bucket + ", sum(value)" + where + " group by 1 order by 1";
            case AVERAGE -> "select " + bucket + ", avg(value)" + where + " group by 1 order by 1";
            case LAST -> "select distinct on (1) " + bucket + ", value" + where + " order by 1, obs_date desc";
        };
        List<?> rows = entityManager.createNativeQuery(sql)
                .setParameter(1, accountId).setParameter(2, metric.name())
                .setParameter(3, from).setParameter(4, to)
                .getResultList();
        List<SeriesView.Point> points = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            points.add(new SeriesView.Point(date(columns[0]), figure(columns[1])));
        }
        return new SeriesView(accountId, metric, metric.unit(), metric.aggregation(), granularity, from, to, points);
    }

    @Transactional
    public BreakdownView breakdown(String entity, UUID accountId, Metric metric, Dimension dimension, LocalDate from,
            LocalDate to) {
        checkRange(from, to);
        accounts.require(entity, accountId);
        StringBuilder where = new StringBuilder(" from kpi_observation where account_id = ?1 and metric = ?2"
                + " and obs_date between ?3 and ?4");
        for (Dimension each : Dimension.values()) {
            where.append(" and ").append(each.column()).append(each == dimension ? " is not null" : " is null");
        }
        String key = dimension.column();
        String sql = switch (metric.aggregation()) {
            case SUM -> "select " + key + ", sum(value)" + where + " group by 1 order by 1";
            case AVERAGE -> "select " + key + ", avg(value)" + where + " group by 1 order by 1";
            case LAST -> "select distinct on (1) " + key + ", value" + where + " order by 1, obs_date desc";
        };
        List<?> rows = entityManager.createNativeQuery(sql)
                .setParameter(1, accountId).setParameter(2, metric.name())
                .setParameter(3, from).setParameter(4, to)
                .getResultList();
        BigDecimal total = BigDecimal.ZERO;
        for (Object row : rows) {
            total = total.add((BigDecimal) ((Object[]) row)[1]);
        }
        List<BreakdownView.Item> items = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            BigDecimal value = (BigDecimal) columns[1];
            BigDecimal share = metric.aggregation() == Metric.Aggregation.AVERAGE || total.signum() == 0 ? null
                    : value.divide(total, 4, RoundingMode.HALF_EVEN);
            items.add(new BreakdownView.Item((String) columns[0], figure(value), share));
        }
        return new BreakdownView(accountId, metric, metric.unit(), metric.aggregation(), dimension.code(), from, to,
                items);
    }

    /**
     * One metric over all of the entity's accounts: flows and levels add up over the accounts (a level per account
     * being its newest figure in the period), response times average over every account's days.
     */
    @Transactional
    public RollupView rollup(String entity, Metric metric, LocalDate from, LocalDate to, Granularity granularity) {
        checkRange(from, to);
        String bucket = "date_trunc('" + granularity.code() + "', obs_date::timestamp)::date";
        String where = " from kpi_observation where entity = ?1 and metric = ?2 and obs_date between ?3 and ?4" + TOTALS;
        String sql = switch (metric.aggregation()) {
            case SUM -> "select " + bucket + ", sum(value)" + where + " group by 1 order by 1";
            case AVERAGE -> "select " + bucket + ", avg(value)" + where + " group by 1 order by 1";
            case LAST -> "select b, sum(v) from (select distinct on (account_id, 2) account_id, " + bucket + " b, "
                    + "value v" + where + " order by account_id, 2, obs_date desc) newest group by b order by b";
        };
        List<?> rows = entityManager.createNativeQuery(sql)
                .setParameter(1, entity).setParameter(2, metric.name())
                .setParameter(3, from).setParameter(4, to)
                .getResultList();
        List<SeriesView.Point> points = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            points.add(new SeriesView.Point(date(columns[0]), figure(columns[1])));
        }
        return new RollupView(entity, metric, metric.unit(), metric.aggregation(), granularity, from, to, points);
    }

    /** One metric over a period for every entity (platform-admin): the entity roll-up, one figure per entity. */
    @Transactional
    public NationalView national(Metric metric, LocalDate from, LocalDate to) {
        checkRange(from, to);
        String where = " from kpi_observation where metric = ?1 and obs_date between ?2 and ?3" + TOTALS;
        String sql = switch (metric.aggregation()) {
            case SUM -> "select entity, sum(value)" + where + " group by 1 order by 1";
            case AVERAGE -> "select entity, avg(value)" + where + " group by 1 order by 1";
            case LAST -> "select entity, sum(v) from (select distinct on (account_id) account_id, entity, value v"
                    + where + " order by account_id, obs_date desc) newest group by entity order by entity";
        };
        List<?> rows = entityManager.createNativeQuery(sql)
                .setParameter(1, metric.name()).setParameter(2, from).setParameter(3, to)
                .getResultList();
        List<NationalView.Item> entities = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            entities.add(new NationalView.Item((String) columns[0], figure(columns[1])));
        }
        return new NationalView(metric, metric.unit(), metric.aggregation(), from, to, entities);
    }

    /** One account's figure of one metric over a period, combined as the metric says; null without figures. */
    @Transactional
    public BigDecimal figure(UUID accountId, Metric metric, LocalDate from, LocalDate to) {
        String where = " from kpi_observation where account_id = ?1 and metric = ?2 and obs_date between ?3 and ?4"
                + TOTALS;
        String sql = switch (metric.aggregation()) {
            case SUM -> "select sum(value)" + where;
            case AVERAGE -> "select avg(value)" + where;
            case LAST -> "select value" + where + " order by obs_date desc limit 1";
        };
        List<?> rows = entityManager.createNativeQuery(sql)
                .setParameter(1, accountId).setParameter(2, metric.name())
                .setParameter(3, from).setParameter(4, to)
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : figure(rows.get(0));
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw ProblemException.invalidField("to", "kpi.query.range", String.valueOf(MAX_DAYS));
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    /** Three decimals at most (averages), without the column's padding. */
    private static BigDecimal figure(Object value) {
        BigDecimal figure = ((BigDecimal) value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return new BigDecimal(figure.toPlainString());
    }
}
