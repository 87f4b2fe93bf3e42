package io.rasmi.kpi.posts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.kpi.series.Granularity;

@Schema(name = "PostsSeries", description = "An account's posts over time, two ways: 'reported' is the POSTS figure "
        + "the platform's analytics export gave (POST /api/v1/kpi/observations), 'recorded' the publications Rasmi "
        + "recorded (content-service's published events). A gap between them is a post made outside Rasmi, or one "
        + "the platform did not count.")
public record PostsView(
        @Schema(example = "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21") UUID accountId,
        @Schema(example = "WEEK") Granularity granularity,
        @Schema(example = "2026-10-01") LocalDate from,
        @Schema(example = "2026-10-31") LocalDate to,
        @Schema(nullable = true, description = "The platform's posts over the range; null when it sent no POSTS "
                + "figure", example = "14") BigDecimal reported,
        @Schema(description = "The posts Rasmi recorded over the range", example = "12") long recorded,
        @Schema(description = "One point per period with either figure, oldest first") List<Point> points) {

    @Schema(name = "PostsPoint")
    public record Point(
            @Schema(description = "The first day of the period (a week starts on Monday); only days from 'from' to "
                    + "'to' count", example = "2026-09-28") LocalDate start,
            @Schema(nullable = true, description = "The platform's POSTS figure; null when it sent none for the "
                    + "period (no figure is not zero)", example = "4") BigDecimal reported,
            @Schema(description = "The publications Rasmi recorded in the period (Baghdad's days)", example = "3")
            long recorded) {
    }
}
