package io.rasmi.account.registry;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields of an account that its entity may change after proposal (PATCH). The platform, the handle, the entity
 * and the registration e-mail identify the account and do not change; the status changes only through the lifecycle.
 */
@Schema(name = "AccountProfilePatch", description = "JSON merge patch (RFC 7396) of the editable fields: a field "
        + "that is absent stays, a field set to null is cleared (displayNameAr cannot be cleared)")
public record AccountProfile(
        @NotBlank @Size(max = 200) @Schema(example = "وزارة الصحة العراقية") String displayNameAr,
        @Size(max = 200) @Schema(example = "Iraqi Ministry of Health") String displayNameEn,
        @Size(max = 500) @Pattern(regexp = HTTPS_URL, message = "must be an https URL")
        @Schema(example = "https://www.facebook.com/MOHIraq") String profileUrl,
        @Size(max = 4000) @Schema(example = "Inform citizens about health services, campaigns and warnings")
        String objectives,
        @Valid PostingPlan postingPlan,
        @Size(max = 200) @Schema(example = "MOH/COMM/2024/117") String needsStudyRef,
        @Size(max = 200) @Schema(example = "MOH/IT/RA/2024/09") String riskAnalysisRef,
        @Size(max = 500) @Pattern(regexp = HTTPS_URL, message = "must be an https URL")
        @Schema(example = "https://moh.gov.iq/social-media") String websiteLinkUrl,
        @Size(max = 1000) @Schema(example = "الصفحة الرسمية لوزارة الصحة العراقية")
        String bio) {

    static final String HTTPS_URL = "https://[^\\s/?#]+(/[^\\s]*)?";

    /** The JSON names of the editable fields. */
    static final Set<String> FIELDS = Set.of("displayNameAr", "displayNameEn", "profileUrl", "objectives",
            "postingPlan", "needsStudyRef", "riskAnalysisRef", "websiteLinkUrl", "bio");

    /** Fields of the account that exist but are not editable; a patch naming one is refused by name. */
    static final Set<String> FIXED = Set.of("id", "entity", "platform", "handle", "registrationEmail", "status",
            "statusChangedAt", "compromisedAt", "createdAt", "updatedAt", "version");

    static AccountProfile of(OfficialAccount account) {
        PostingPlan plan = account.postsPerWeek == null && account.platformsNote == null ? null
                : new PostingPlan(account.postsPerWeek, account.platformsNote);
        return new AccountProfile(account.displayNameAr, account.displayNameEn, account.profileUrl, account.objectives,
                plan, account.needsStudyRef, account.riskAnalysisRef, account.websiteLinkUrl, account.bio);
    }

    /** Blank optional text counts as absent; text is stored without surrounding spaces. */
    AccountProfile tidy() {
        PostingPlan plan = postingPlan == null ? null
                : new PostingPlan(postingPlan.postsPerWeek(), text(postingPlan.platformsNote()));
        return new AccountProfile(displayNameAr == null ? null : displayNameAr.strip(), text(displayNameEn),
                text(profileUrl), text(objectives), plan, text(needsStudyRef), text(riskAnalysisRef),
                text(websiteLinkUrl), text(bio));
    }

    void applyTo(OfficialAccount account) {
        account.displayNameAr = displayNameAr;
        account.displayNameEn = displayNameEn;
        account.profileUrl = profileUrl;
        account.objectives = objectives;
        account.postsPerWeek = postingPlan == null ? null : postingPlan.postsPerWeek();
        account.platformsNote = postingPlan == null ? null : postingPlan.platformsNote();
        account.needsStudyRef = needsStudyRef;
        account.riskAnalysisRef = riskAnalysisRef;
        account.websiteLinkUrl = websiteLinkUrl;
        account.bio = bio;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
