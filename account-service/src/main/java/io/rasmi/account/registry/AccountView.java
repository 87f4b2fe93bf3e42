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
        @Schema(example = "https://www.facebook.com/MOHIraq") String profileUrl,
        @Schema(example = "وزارة الصحة العراقية") String displayNameAr,
        @Schema(example = "Iraqi Ministry of Health") String displayNameEn,
        @Schema(example = "social@moh.gov.iq") String registrationEmail,
        AccountStatus status,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Send it back in If-Match to change the account", example = "0") long version) {

    static AccountView of(OfficialAccount account) {
        return new AccountView(account.id, account.entityCode, account.platform, account.handle, account.profileUrl,
                account.displayNameAr, account.displayNameEn, account.registrationEmail, account.status,
                account.createdAt, account.updatedAt, account.version);
    }
}
