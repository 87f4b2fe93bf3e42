package io.rasmi.kpi.reports;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** No sentiment figures: replaced by any other {@link ReportSentiment} bean. */
@DefaultBean
@ApplicationScoped
public class NoSentimentYet implements ReportSentiment {

    @Override
    public Optional<ReportView.SentimentSummary> of(UUID accountId, LocalDate from, LocalDate to) {
        return Optional.empty();
    }
}
