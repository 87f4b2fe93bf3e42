package io.rasmi.kpi.sentiment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.rasmi.kpi.reports.ReportSentiment;
import io.rasmi.kpi.reports.ReportView;

/** The comments of an account in a report's period by class (G9.3); none when no comment was classified. */
@ApplicationScoped
public class SentimentInReports implements ReportSentiment {

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<ReportView.SentimentSummary> of(UUID accountId, LocalDate from, LocalDate to) {
        Object[] counts = (Object[]) entityManager.createNativeQuery("select "
                + "count(*) filter (where sentiment = 'POSITIVE'), count(*) filter (where sentiment = 'NEUTRAL'), "
                + "count(*) filter (where sentiment = 'NEGATIVE') from comment_sentiment "
                + "where account_id = ?1 and comment_day between ?2 and ?3")
                .setParameter(1, accountId).setParameter(2, from).setParameter(3, to)
                .getSingleResult();
        long positive = ((Number) counts[0]).longValue();
        long neutral = ((Number) counts[1]).longValue();
        long negative = ((Number) counts[2]).longValue();
        return positive + neutral + negative == 0 ? Optional.empty()
                : Optional.of(new ReportView.SentimentSummary(positive, neutral, negative));
    }
}
