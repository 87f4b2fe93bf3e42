package io.rasmi.kpi.observations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IngestReport", description = "What a batch of figures changed. A re-sent batch reports every line "
        + "unchanged.")
public record IngestReport(
        @Schema(description = "Lines with a figure (blank lines aside)", example = "3") long lines,
        @Schema(description = "Figures stored for the first time", example = "2") long inserted,
        @Schema(description = "Figures that replaced a different one stored before", example = "1") long updated,
        @Schema(description = "Figures already stored as sent", example = "0") long unchanged) {
}
