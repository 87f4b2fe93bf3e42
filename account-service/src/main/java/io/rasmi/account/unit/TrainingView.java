package io.rasmi.account.unit;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffTraining")
public record TrainingView(
        UUID id,
        UUID staffId,
        TrainingTopic topic,
        @Schema(example = "2026-10-01T09:00:00Z") Instant completedAt,
        @Schema(nullable = true, example = "https://dms.moh.gov.iq/training/2026/hate-speech/z-hussein.pdf") String evidenceUrl,
        Instant recordedAt,
        @Schema(example = "moh-admin") String recordedBy) {

    static TrainingView of(StaffTraining training) {
        return new TrainingView(training.id, training.staffId, training.topic, training.completedAt,
                training.evidenceUrl, training.recordedAt, training.recordedBy);
    }
}
