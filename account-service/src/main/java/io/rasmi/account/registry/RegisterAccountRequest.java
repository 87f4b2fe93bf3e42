package io.rasmi.account.registry;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.Platform;

@Schema(name = "RegisterAccountRequest", description = "An official account to propose; the entity is the caller's own")
public record RegisterAccountRequest(
        @NotNull @Schema(example = "FACEBOOK") Platform platform,
        @NotBlank @Pattern(regexp = "@?[\\p{L}\\p{N}._-]{1,100}", message = "must be 1 to 100 letters, digits, dots, dashes or underscores")
        @Schema(example = "MOHIraq") String handle,
        @Size(max = 500) @Pattern(regexp = "https://[^\\s/?#]+(/[^\\s]*)?", message = "must be an https URL")
        @Schema(example = "https://www.facebook.com/MOHIraq") String profileUrl,
        @NotBlank @Size(max = 200) @Schema(example = "وزارة الصحة العراقية") String displayNameAr,
        @Size(max = 200) @Schema(example = "Iraqi Ministry of Health") String displayNameEn,
        @NotBlank @Email @Size(max = 254) @Schema(example = "social@moh.gov.iq") String registrationEmail) {
}
