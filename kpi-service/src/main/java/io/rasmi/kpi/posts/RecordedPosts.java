package io.rasmi.kpi.posts;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.rasmi.events.ContentPublished;
import io.rasmi.kpi.metrics.Metric;
import io.rasmi.kpi.query.QueryParameters;
import io.rasmi.kpi.sentiment.CommentSentiments;
import io.rasmi.kpi.series.Granularity;
import io.rasmi.kpi.series.ObservationQueries;
import io.rasmi.kpi.series.SeriesView;

/** Posts as Rasmi recorded their publication, counted per account and day beside the platform's own POSTS figure. */
@ApplicationScoped
public class RecordedPosts {

    @Inject
    EntityManager entityManager;

    @Inject
    ObservationQueries observations;

    /** Stores the publication once: a publication already recorded (its event again) changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ContentPublished published) {
        entityManager.createNativeQuery("insert into recorded_post (publication_id, content_id, entity, account_id, "
                + "platform, post_day, published_at, recorded_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                + "on conflict (publication_id) do nothing")
                .setParameter(1, published.publicationId())
                .setParameter(2, published.contentId())
                .setParameter(3, published.entity())
                .setParameter(4, published.accountId())
                .setParameter(5, published.platform().name())
                .setParameter(6, LocalDate.ofInstant(published.publishedAt(), CommentSentiments.BAGHDAD))
                .setParameter(7, Timestamp.from(published.publishedAt()))
                .setParameter(8, Timestamp.from(published.recordedAt()))
                .executeUpdate();
    }

    /** Per period: the platform's POSTS figure (null where it sent none) and the posts Rasmi recorded. */
    @Transactional
    public PostsView series(String entity, UUID accountId, LocalDate from, LocalDate to, Granularity granularity) {
        SeriesView reported = observations.series(entity, accountId, Metric.POSTS, from, to, granularity);
        Map<LocalDate, BigDecimal> reportedByPeriod = new TreeMap<>();
        reported.points().forEach(point -> reportedByPeriod.put(point.start(), point.value()));
        Map<LocalDate, Long> recordedByPeriod = new TreeMap<>();
        List<?> rows = entityManager.createNativeQuery("select date_trunc('" + granularity.code()
                + "', post_day::timestamp)::date, count(*) from recorded_post "
                + "where account_id = ?1 and post_day between ?2 and ?3 group by 1 order by 1")
                .setParameter(1, accountId).setParameter(2, from).setParameter(3, to)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            recordedByPeriod.put(QueryParameters.day(columns[0]), ((Number) columns[1]).longValue());
        }
        TreeMap<LocalDate, Boolean> periods = new TreeMap<>();
        reportedByPeriod.keySet().forEach(start -> periods.put(start, true));
        recordedByPeriod.keySet().forEach(start -> periods.put(start, true));
        List<PostsView.Point> points = new ArrayList<>(periods.size());
        BigDecimal reportedTotal = null;
        long recordedTotal = 0;
        for (LocalDate start : periods.keySet()) {
            BigDecimal platform = reportedByPeriod.get(start);
            long rasmi = recordedByPeriod.getOrDefault(start, 0L);
            points.add(new PostsView.Point(start, platform, rasmi));
            reportedTotal = platform == null ? reportedTotal
                    : reportedTotal == null ? platform : reportedTotal.add(platform);
            recordedTotal += rasmi;
        }
        return new PostsView(accountId, granularity, from, to, reportedTotal, recordedTotal, points);
    }
}
