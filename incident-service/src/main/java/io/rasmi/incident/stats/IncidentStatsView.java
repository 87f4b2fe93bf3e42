package io.rasmi.incident.stats;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IncidentStats", description = "Incidents reported in [from, to): counts, and how fast they were "
        + "triaged and contained")
public record IncidentStatsView(
        Instant from,
        Instant to,
        @Schema(example = "12") long total,
        @Schema(description = "Count per type", example = "{\"ACCOUNT_COMPROMISE\": 3, \"PHISHING\": 9}")
        Map<String, Long> byType,
        @Schema(description = "Count per severity", example = "{\"HIGH\": 3, \"MEDIUM\": 9}") Map<String, Long> bySeverity,
        @Schema(description = "Count per state now", example = "{\"CLOSED\": 10, \"TRIAGED\": 2}")
        Map<String, Long> byState,
        Durations timeToTriage,
        Durations timeToContain) {

    /** Seconds from report, over the incidents that got there; null when none did. */
    @Schema(name = "IncidentStatsDurations")
    public record Durations(
            @Schema(description = "How many incidents got there", example = "10") long count,
            @Schema(nullable = true, description = "Mean, in seconds", example = "1800.5") Double meanSeconds,
            @Schema(nullable = true, description = "90th percentile, in seconds", example = "3300.0")
            Double p90Seconds) {
    }
}
