package io.rasmi.kpi.sentiment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.rasmi.kpi.accounts.EntityAccounts;
import io.rasmi.kpi.query.QueryParameters;
import io.rasmi.kpi.series.Granularity;

/** Counts of the classes of one account's comments over time (G9.3), by PostgreSQL on (account, day). */
@ApplicationScoped
public class SentimentQueries {

    @Inject
    EntityManager entityManager;

    @Inject
    EntityAccounts accounts;

    @Transactional
    public SentimentView series(String entity, UUID accountId, LocalDate from, LocalDate to, Granularity granularity) {
        QueryParameters.checkRange(from, to);
        accounts.require(entity, accountId);
        List<?> rows = entityManager.createNativeQuery("select date_trunc('" + granularity.code()
                + "', comment_day::timestamp)::date, count(*) filter (where sentiment = 'POSITIVE'), "
                + "count(*) filter (where sentiment = 'NEUTRAL'), count(*) filter (where sentiment = 'NEGATIVE') "
                + "from comment_sentiment where account_id = ?1 and comment_day between ?2 and ?3 group by 1 order by 1")
                .setParameter(1, accountId).setParameter(2, from).setParameter(3, to)
                .getResultList();
        List<SentimentView.Point> points = new ArrayList<>(rows.size());
        long positive = 0;
        long neutral = 0;
        long negative = 0;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long p = ((Number) columns[1]).longValue();
            long n = ((Number) columns[2]).longValue();
            long m = ((Number) columns[3]).longValue();
            points.add(new SentimentView.Point(QueryParameters.day(columns[0]), p, n, m, p + n + m,
                    SentimentView.Shares.of(p, n, m)));
            positive += p;
            neutral += n;
            negative += m;
        }
        SentimentView.Tally totals = new SentimentView.Tally(positive, neutral, negative,
                positive + neutral + negative, SentimentView.Shares.of(positive, neutral, negative));
        return new SentimentView(accountId, granularity, from, to, totals, points);
    }
}
