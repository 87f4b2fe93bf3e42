package io.rasmi.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.rasmi.events.AccountRole;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.Platform;

/**
 * An official account as this service knows it. {@code roleHolders}, {@code verified} and {@code postingPlan} come
 * from the account's state and are empty, false and null until it arrives. {@code registeredAt}, when account-service
 * registered the account, is null until the registered event or a state that carries it arrives.
 */
public record KnownAccountView(UUID id, String entity, Platform platform, String handle, @Schema(nullable = true) String profileUrl,
        String displayNameAr, @Schema(nullable = true) String displayNameEn, AccountStatus status, Instant asOf, boolean verified,
        PostingPlan postingPlan, List<RoleHolder> roleHolders,
        @Schema(nullable = true, implementation = String.class, format = "date-time",
                description = "When account-service registered the account; null until known") Instant registeredAt) {

    /** Who holds a role on the account now (G6.a). */
    public record RoleHolder(UUID staffId, AccountRole role) {
    }

    /** The account's posting plan (G5.4). {@code platformsNote} may be null. */
    // Nullable as a type: a nullable reference (allOf) is not read as nullable by every validator.
    @Schema(nullable = true)
    public record PostingPlan(int postsPerWeek, @Schema(nullable = true) String platformsNote) {
    }

    static KnownAccountView of(KnownAccount account) {
        PostingPlan plan = account.postsPerWeek == null ? null
                : new PostingPlan(account.postsPerWeek, account.postingNote);
        List<RoleHolder> holders = account.roleHolders.stream()
                .map(holder -> new RoleHolder(holder.staffId, holder.role))
                .sorted(Comparator.comparing(RoleHolder::role).thenComparing(RoleHolder::staffId))
                .toList();
        return new KnownAccountView(account.id, account.entity, account.platform, account.handle, account.profileUrl,
                account.displayNameAr, account.displayNameEn, account.status, account.lastEventAt, account.verified,
                plan, holders, account.registeredAt);
    }
}
