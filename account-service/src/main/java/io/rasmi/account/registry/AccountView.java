package io.rasmi.account.registry;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.AccountStatus;
import io.rasmi.events.Platform;

@Schema(name = "OfficialAccount")
public record AccountView(
        UUID id,
        @Schema(example = "moh") String entity,
        Platform platform,
        @Schema(example = "MOHIraq") String handle,
        @Schema(nullable = true, example = "https://www.facebook.com/MOHIraq") String profileUrl,
        @Schema(example = "وزارة الصحة العراقية") String displayNameAr,
        @Schema(nullable = true, example = "Iraqi Ministry of Health") String displayNameEn,
        @Schema(format = "email", example = "social@moh.gov.iq") String registrationEmail,
        @Schema(nullable = true, example = "Inform citizens about health services, campaigns and warnings") String objectives,
        PostingPlan postingPlan,
        @Schema(nullable = true, example = "MOH/COMM/2024/117") String needsStudyRef,
        @Schema(nullable = true, example = "MOH/IT/RA/2024/09") String riskAnalysisRef,
        @Schema(nullable = true, example = "https://moh.gov.iq/social-media") String websiteLinkUrl,
        @Schema(nullable = true, example = "الصفحة الرسمية لوزارة الصحة العراقية") String bio,
        AccountStatus status,
        @Schema(description = "When the account entered its current status") Instant statusChangedAt,
        @Schema(nullable = true, implementation = String.class, format = "date-time", description = "When the account last became COMPROMISED, if ever") Instant compromisedAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Send it back in If-Match to change the account", example = "0") long version) {

    public static AccountView of(OfficialAccount account) {
        AccountProfile profile = AccountProfile.of(account);
        return new AccountView(account.id, account.entityCode, account.platform, account.handle, account.profileUrl,
                account.displayNameAr, account.displayNameEn, account.registrationEmail, account.objectives,
                profile.postingPlan(), account.needsStudyRef, account.riskAnalysisRef, account.websiteLinkUrl,
                account.bio, account.status, account.statusChangedAt, account.compromisedAt, account.createdAt,
                account.updatedAt, account.version);
    }
}
