package io.rasmi.kpi.sentiment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.kpi.series.Granularity;

@Schema(name = "SentimentSeries", description = "How the comments on one account felt over time (G9.3): counts and "
        + "shares per class, per day, ISO week or month")
public record SentimentView(
        @Schema(example = "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21") UUID accountId,
        @Schema(example = "WEEK") Granularity granularity,
        @Schema(example = "2026-10-01") LocalDate from,
        @Schema(example = "2026-10-31") LocalDate to,
        @Schema(description = "The whole range together") Tally totals,
        @Schema(description = "One point per period with comments, oldest first; a period without any is left out")
        List<Point> points) {

    @Schema(name = "SentimentPoint")
    public record Point(
            @Schema(description = "The first day of the period (a week starts on Monday); only days from 'from' to "
                    + "'to' count", example = "2026-09-28") LocalDate start,
            @Schema(example = "42") long positive,
            @Schema(example = "30") long neutral,
            @Schema(example = "8") long negative,
            @Schema(example = "80") long total,
            Shares share) {
    }

    @Schema(name = "SentimentTally")
    public record Tally(
            @Schema(example = "42") long positive,
            @Schema(example = "30") long neutral,
            @Schema(example = "8") long negative,
            @Schema(example = "80") long total,
            Shares share) {
    }

    @Schema(name = "SentimentShares", description = "Each class's part of the comments, four decimals; null "
            + "without comments")
    public record Shares(
            @Schema(nullable = true, example = "0.5250") BigDecimal positive,
            @Schema(nullable = true, example = "0.3750") BigDecimal neutral,
            @Schema(nullable = true, example = "0.1000") BigDecimal negative) {

        /** The shares of the three counts; nulls without comments. */
        static Shares of(long positive, long neutral, long negative) {
            long total = positive + neutral + negative;
            if (total == 0) {
                return new Shares(null, null, null);
            }
            return new Shares(part(positive, total), part(neutral, total), part(negative, total));
        }

        private static BigDecimal part(long count, long total) {
            return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN);
        }
    }
}
