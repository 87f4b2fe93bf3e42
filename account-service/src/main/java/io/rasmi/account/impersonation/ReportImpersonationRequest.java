package io.rasmi.account.impersonation;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.Platform;

@Schema(name = "ReportImpersonationRequest", description = "An account that impersonates the caller's entity")
public record ReportImpersonationRequest(
        @NotNull @Schema(example = "X") Platform platform,
        @NotBlank @Pattern(regexp = "@?[\\p{L}\\p{N}._-]{1,100}",
                message = "must be 1 to 100 letters, digits, dots, dashes or underscores")
        @Schema(example = "M0H_lraq") String handle,
        @Size(max = 500) @Pattern(regexp = URL, message = "must be an http or https URL")
        @Schema(example = "https://x.com/M0H_lraq") String profileUrl,
        @Schema(description = "The entity's own official account it copies, if any") UUID impersonatedAccountId,
        @Size(max = 20)
        @Schema(example = "[\"https://evidence.moh.gov.iq/impersonation/2026-02-06.png\"]")
        List<@NotBlank @Size(max = 500) @Pattern(regexp = URL, message = "must be an http or https URL")
                String> evidenceUrls,
        @Size(max = 2000) @Schema(example = "Copies our logo and posts fake vaccination appointments") String notes) {

    /** An http or https address without characters that a link cannot carry unescaped. */
    static final String URL = "https?://[^\\s/?#<>\"{}|\\\\^`]+(/[^\\s<>\"{}|\\\\^`]*)?";
}
