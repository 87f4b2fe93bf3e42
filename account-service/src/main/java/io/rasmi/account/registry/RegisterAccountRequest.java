package io.rasmi.account.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.Platform;

/**
 * An official account to propose. Only the identity of the account is required at proposal; what the guideline asks
 * for later (objectives and plan, study, risk analysis, website link) may come now or by PATCH, and the posture
 * report says what is still missing.
 */
@Schema(name = "RegisterAccountRequest", description = "An official account to propose; the entity is the caller's own")
public record RegisterAccountRequest(
        @NotNull @Schema(example = "FACEBOOK") Platform platform,
        @NotBlank @Pattern(regexp = "@?[\\p{L}\\p{N}._-]{1,100}", message = "must be 1 to 100 letters, digits, dots, dashes or underscores")
        @Schema(example = "MOHIraq") String handle,
        @Size(max = 500) @Pattern(regexp = AccountProfile.HTTPS_URL, message = "must be an https URL")
        @Schema(example = "https://www.facebook.com/MOHIraq") String profileUrl,
        @NotBlank @Size(max = 200) @Schema(example = "وزارة الصحة العراقية") String displayNameAr,
        @Size(max = 200) @Schema(example = "Iraqi Ministry of Health") String displayNameEn,
        @NotBlank @Email @Size(max = 254) @Schema(format = "email", example = "social@moh.gov.iq") String registrationEmail,
        @Size(max = 4000) @Schema(description = "What the account is for (G5.4)",
                example = "Inform citizens about health services, campaigns and warnings") String objectives,
        @Valid PostingPlan postingPlan,
        @Size(max = 200) @Schema(description = "Reference of the study that proves the need (G5.3)",
                example = "MOH/COMM/2024/117") String needsStudyRef,
        @Size(max = 200) @Schema(description = "Reference of the security risk analysis (G5.6)",
                example = "MOH/IT/RA/2024/09") String riskAnalysisRef,
        @Size(max = 500) @Pattern(regexp = AccountProfile.HTTPS_URL, message = "must be an https URL")
        @Schema(description = "The page of the entity's website that links to the account (G3.2); on the website's host",
                example = "https://moh.gov.iq/social-media") String websiteLinkUrl,
        @Size(max = 1000) @Schema(description = "The profile text shown on the platform",
                example = "الصفحة الرسمية لوزارة الصحة العراقية") String bio) {

    /** The editable part of the proposal. */
    AccountProfile profile() {
        return new AccountProfile(displayNameAr, displayNameEn, profileUrl, objectives, postingPlan, needsStudyRef,
                riskAnalysisRef, websiteLinkUrl, bio);
    }
}
