package io.rasmi.directory;

import java.time.Instant;
import java.util.UUID;

import io.rasmi.events.AccountStatus;
import io.rasmi.events.Platform;

/** An official account as this service knows it. */
public record KnownAccountView(UUID id, String entity, Platform platform, String handle, String profileUrl,
        String displayNameAr, String displayNameEn, AccountStatus status, Instant asOf) {

    static KnownAccountView of(KnownAccount account) {
        return new KnownAccountView(account.id, account.entity, account.platform, account.handle, account.profileUrl,
                account.displayNameAr, account.displayNameEn, account.status, account.lastEventAt);
    }
}
