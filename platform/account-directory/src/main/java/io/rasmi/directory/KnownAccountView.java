package io.rasmi.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

import io.rasmi.events.AccountStatus;
import io.rasmi.events.Platform;

/** An official account as this service knows it. */
public record KnownAccountView(UUID id, String entity, Platform platform, String handle,
        @Schema(nullable = true) String profileUrl, String displayNameAr, @Schema(nullable = true) String displayNameEn,
        AccountStatus status, Instant asOf) {

    static KnownAccountView of(KnownAccount account) {
        return new KnownAccountView(account.id, account.entity, account.platform, account.handle, account.profileUrl,
                account.displayNameAr, account.displayNameEn, account.status, account.lastEventAt);
    }
}
