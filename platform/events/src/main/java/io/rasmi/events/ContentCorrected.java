package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.content.corrected.v1}: every step of a correction of a post on an official account is
 * done (G7.5). {@code contentId} is null for a post that was no content item (an unauthorised post);
 * {@code timeToCorrectSeconds} runs from {@code detectedAt} to {@code correctedAt}.
 */
public record ContentCorrected(
        UUID correctionId,
        String entity,
        UUID accountId,
        Platform platform,
        UUID contentId,
        String platformPostUrl,
        CorrectionErrorType errorType,
        CorrectionProcedure procedure,
        Instant detectedAt,
        Instant correctedAt,
        int timeToCorrectSeconds) {
}
