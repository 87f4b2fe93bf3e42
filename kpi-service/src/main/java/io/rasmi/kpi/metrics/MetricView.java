package io.rasmi.kpi.metrics;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.Platform;

@Schema(name = "Metric", description = "One indicator of the catalogue (G9.1, G9.2)")
public record MetricView(
        @Schema(example = "NEW_FOLLOWERS") Metric metric,
        @Schema(example = "المتابعون الجدد") String titleAr,
        @Schema(example = "New followers") String titleEn,
        @Schema(example = "COUNT") Metric.Unit unit,
        @Schema(description = "How the figures of several days combine", example = "SUM") Metric.Aggregation aggregation,
        @Schema(example = "G9.2") String clause,
        @Schema(description = "The platforms whose analytics report it") List<Platform> platforms) {

    public static MetricView of(Metric metric) {
        return new MetricView(metric, metric.titleAr(), metric.titleEn(), metric.unit(), metric.aggregation(),
                metric.clause(), metric.platforms().stream().sorted().toList());
    }
}
