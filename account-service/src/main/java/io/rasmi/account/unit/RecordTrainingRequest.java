package io.rasmi.account.unit;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordTrainingRequest", description = "A course the member completed")
public record RecordTrainingRequest(
        @NotNull @Schema(example = "HATE_SPEECH") TrainingTopic topic,
        @NotNull @Schema(description = "When it was completed; not in the future", example = "2026-10-01T09:00:00Z")
        Instant completedAt,
        @Size(max = 500) @Pattern(regexp = "https://[^\\s/?#]+(/[^\\s]*)?", message = "must be an https URL")
        @Schema(description = "Where the certificate or attendance record is kept",
                example = "https://dms.moh.gov.iq/training/2026/hate-speech/z-hussein.pdf")
        String evidenceUrl) {
}
