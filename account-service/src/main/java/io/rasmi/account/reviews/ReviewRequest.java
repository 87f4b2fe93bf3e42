package io.rasmi.account.reviews;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.ReviewKind;

@Schema(name = "ReviewRequest", description = "A review of the account that was done (G6.h)")
public record ReviewRequest(
        @NotNull @Schema(example = "ACCESS_HISTORY") ReviewKind kind,
        @NotNull @Schema(description = "When the review was done; not in the future", example = "2026-02-01T09:30:00Z")
        Instant reviewedAt,
        @NotBlank @Size(max = 4000) @Schema(example = "All sessions from registered devices; no change needed")
        String findings,
        @Size(max = 500) @Pattern(regexp = Urls.HTTPS_URL, message = "must be an https URL")
        @Schema(example = "https://dms.moh.gov.iq/reviews/2026-02-01") String evidenceUrl) {
}
