package io.rasmi.account.reviews;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerificationRequest", description = "The platform's verified badge (G6.k); verifiedAt and evidenceUrl "
        + "are required when verified is true")
public record VerificationRequest(
        @NotNull @Schema(example = "true") Boolean verified,
        @Schema(description = "When the platform verified it; not in the future", example = "2026-01-20T00:00:00Z")
        Instant verifiedAt,
        @Size(max = 500) @Pattern(regexp = Urls.HTTPS_URL, message = "must be an https URL")
        @Schema(example = "https://dms.moh.gov.iq/verification/facebook-2026.pdf") String evidenceUrl) {
}
