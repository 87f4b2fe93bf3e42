package io.rasmi.kpi.reports;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the reports take an account's comments by sentiment (G9.3) from: the seam for the sentiment feature, which
 * provides a bean of this type; until it does, {@link NoSentimentYet} answers nothing and the report's
 * {@code sentiment} is null (and the PDF leaves the section out).
 */
public interface ReportSentiment {

    Optional<ReportView.SentimentSummary> of(UUID accountId, LocalDate from, LocalDate to);
}
