package io.rasmi.account.devices;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccessLogReceipt", description = "What a batch of sessions did")
public record AccessLogReceipt(
        @Schema(description = "Sessions in the batch", example = "12") int received,
        @Schema(description = "Sessions stored now", example = "9") int recorded,
        @Schema(description = "Sessions already recorded by an earlier batch, skipped", example = "3") int alreadyRecorded,
        @Schema(description = "Recorded sessions from no registered device (G6.h2)", example = "1") int anomalies,
        @Schema(description = "AccessAnomaly events raised: one per unknown device per UTC day", example = "1")
        int anomalyEvents) {
}
