package io.rasmi.content.corrections;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.CorrectionErrorType;

/** Corrections of one account and error type in a window: how many, and how long correcting took (G7.5). */
public record CorrectionStats(
        UUID accountId,
        CorrectionErrorType errorType,
        @Schema(description = "Corrections opened") long opened,
        @Schema(description = "Of them, done") long corrected,
        @Schema(nullable = true, description = "Mean seconds from detection to done") Long meanSecondsToCorrect,
        @Schema(nullable = true, description = "Median seconds from detection to done") Long medianSecondsToCorrect,
        @Schema(nullable = true, description = "Longest seconds from detection to done") Long maxSecondsToCorrect) {
}
