package io.rasmi.kpi.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.Platform;
import io.rasmi.kpi.metrics.Metric;
import io.rasmi.kpi.series.BreakdownView;
import io.rasmi.kpi.series.SeriesView;
import io.rasmi.kpi.targets.AttainmentView;
import io.rasmi.kpi.targets.TargetPeriod;

@Schema(name = "Report", description = "An entity's report to management for a closed week or month (G9.1, G9.2), "
        + "as it was made after the period closed")
public record ReportView(
        @Schema(example = "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f") UUID id,
        @Schema(example = "moh") String entity,
        Period period,
        @Schema(example = "2026-11-21T03:00:04Z") Instant generatedAt,
        @Schema(description = "One section per account, by platform then handle") List<AccountSection> accounts) {

    @Schema(name = "ReportPeriod", description = "The period and the one it is compared with (days of Asia/Baghdad; "
            + "a week runs from Saturday to Friday)")
    public record Period(
            @Schema(example = "2026-W47") String code,
            @Schema(example = "WEEK") TargetPeriod kind,
            @Schema(example = "2026-11-14") LocalDate start,
            @Schema(example = "2026-11-20") LocalDate end,
            @Schema(example = "2026-11-07") LocalDate previousStart,
            @Schema(example = "2026-11-13") LocalDate previousEnd) {
    }

    @Schema(name = "ReportAccount", description = "One of the entity's official accounts")
    public record Account(
            @Schema(example = "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21") UUID id,
            @Schema(example = "FACEBOOK") Platform platform,
            @Schema(example = "moh.iraq") String handle,
            @Schema(example = "وزارة الصحة العراقية") String displayNameAr,
            @Schema(nullable = true, example = "Iraqi Ministry of Health") String displayNameEn) {
    }

    @Schema(name = "ReportAccountSection", description = "One account's figures in the period")
    public record AccountSection(
            Account account,
            @Schema(description = "Each metric the account's platform reports, in catalogue order")
            List<MetricFigure> metrics,
            @Schema(description = "Daily figures of reach, impressions and engagements, where there are any")
            List<SeriesView> series,
            @Schema(description = "Followers and reach by age bracket, governorate and gender, where there are any")
            List<BreakdownView> breakdowns,
            @Schema(description = "The account's targets of this kind of period (WEEK or MONTH) against its figures")
            List<AttainmentView.Item> targets,
            @Schema(nullable = true, description = "Comments by sentiment in the period (G9.3); null until "
                    + "kpi-service classifies comments") SentimentSummary sentiment) {
    }

    @Schema(name = "ReportMetricFigure", description = "One metric in the period against the period before")
    public record MetricFigure(
            @Schema(example = "NEW_FOLLOWERS") Metric metric,
            @Schema(example = "المتابعون الجدد") String titleAr,
            @Schema(example = "New followers") String titleEn,
            @Schema(nullable = true, description = "The period's figure, combined as the metric says; null when "
                    + "none was taken in", example = "420") BigDecimal current,
            @Schema(nullable = true, description = "The previous period's figure", example = "350") BigDecimal previous,
            @Schema(nullable = true, description = "(current - previous) / previous, four decimals; null without "
                    + "both figures or when previous is 0", example = "0.2") BigDecimal change) {
    }

    // Nullable as a type: a nullable reference (allOf) is not read as nullable by every validator.
    @Schema(name = "ReportSentiment", nullable = true, description = "Comments on the account in the period by "
            + "sentiment (G9.3)")
    public record SentimentSummary(
            @Schema(example = "120") long positive,
            @Schema(example = "300") long neutral,
            @Schema(example = "45") long negative) {
    }
}
