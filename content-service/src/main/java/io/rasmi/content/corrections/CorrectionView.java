package io.rasmi.content.corrections;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.CorrectionErrorType;
import io.rasmi.events.CorrectionProcedure;
import io.rasmi.events.Platform;

/** A correction as the API shows it: the procedure chosen, its checklist, and the time it took once done. */
public record CorrectionView(
        UUID id,
        UUID accountId,
        Platform platform,
        @Schema(nullable = true, implementation = String.class, format = "uuid") UUID contentId,
        String platformPostUrl,
        @Schema(nullable = true, implementation = String.class, format = "date-time", description = "When the post went "
                + "out, when Rasmi recorded it") Instant publishedAt,
        CorrectionErrorType errorType,
        boolean inMedia,
        CorrectionProcedure procedure,
        @Schema(nullable = true, implementation = String.class, format = "date-time", description = "Until when the "
                + "platform allows the edit this procedure relies on; "
                + "null when unlimited or when the procedure is no edit") Instant editableUntil,
        String description,
        Instant detectedAt,
        Instant openedAt,
        Correction.State state,
        List<StepView> steps,
        @Schema(nullable = true, implementation = String.class, description = "The step to do now (one of the steps' "
                + "names); null once done", example = "EDIT_POST") CorrectionStep nextStep,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant correctedAt,
        @Schema(nullable = true, description = "Seconds from detectedAt to correctedAt; null until done")
        Integer timeToCorrectSeconds,
        long version) {

    /** One step of the checklist, in order. */
    public record StepView(
            int position,
            CorrectionStep step,
            String titleAr,
            String titleEn,
            @Schema(nullable = true, implementation = String.class, format = "date-time") Instant doneAt,
            @Schema(nullable = true, implementation = String.class, format = "uuid", description = "Staff id of whoever "
                    + "did it") UUID doneBy,
            @Schema(nullable = true) String doneByName) {
    }

    static CorrectionView of(Correction correction) {
        List<StepView> steps = new java.util.ArrayList<>();
        for (int i = 0; i < correction.steps.size(); i++) {
            Correction.Step step = correction.steps.get(i);
            steps.add(new StepView(i + 1, step.step, step.step.titleAr(), step.step.titleEn(), step.doneAt,
                    step.doneBy, step.doneByName));
        }
        return new CorrectionView(correction.id, correction.accountId, correction.platform, correction.contentId,
                correction.platformPostUrl, correction.publishedAt, correction.errorType, correction.inMedia,
                correction.procedure, correction.editableUntil, correction.description, correction.detectedAt,
                correction.openedAt, correction.state, List.copyOf(steps),
                correction.next().map(step -> step.step).orElse(null), correction.correctedAt,
                correction.secondsToCorrect, correction.version);
    }
}
