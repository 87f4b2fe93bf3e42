package io.rasmi.account.impersonation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImpersonationTransition", description = "The next step of a report: SUBMITTED_TO_PLATFORM (with the "
        + "platform's case reference), then REMOVED or REJECTED")
public record TransitionRequest(
        @NotNull @Schema(example = "SUBMITTED_TO_PLATFORM") ImpersonationStatus to,
        @Size(max = 200) @Schema(description = "Required to submit to the platform", example = "X-IMP-2026-000123")
        String platformCaseRef) {
}
