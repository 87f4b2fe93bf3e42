package io.rasmi.account.reviews;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttestationRequest", description = "A person attests a clause the system cannot check itself")
public record AttestationRequest(
        @NotBlank @Size(max = 20) @Schema(description = "G6.e, G5.5 or G4.3.l", example = "G6.e") String clause,
        @NotBlank @Size(max = 500) @Pattern(regexp = Urls.HTTPS_URL, message = "must be an https URL")
        @Schema(example = "https://dms.moh.gov.iq/attestations/logo-facebook.png") String evidenceUrl,
        @Size(max = 2000) @Schema(example = "Profile picture is the ministry's logo, as approved on 2026-01-10")
        String note) {
}
