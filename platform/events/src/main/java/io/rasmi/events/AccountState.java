package io.rasmi.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.account.state.v1} on the compacted topic {@code rasmi.account.state.v1}: the account's
 * whole current state, written whenever any of it changes, so the newest record per key (the account id) is all a
 * read model needs to rebuild itself. {@code version} grows by one with each record of the account; a reader keeps
 * the highest. Accounts are archived, never deleted, so there are no tombstones.
 * {@code registeredAt} is when account-service registered the account; it never changes. {@code profileUrl},
 * {@code displayNameEn} and {@code postingPlan} may be null, and so may {@code registeredAt} in states written
 * before it was carried.
 */
public record AccountState(
        UUID accountId,
        String entity,
        Platform platform,
        String handle,
        String profileUrl,
        String displayNameAr,
        String displayNameEn,
        AccountStatus status,
        boolean verified,
        PostingPlan postingPlan,
        List<RoleHolder> roleHolders,
        int version,
        Instant updatedAt,
        Instant registeredAt) implements AccountSnapshot {

    public AccountState {
        roleHolders = roleHolders == null ? List.of() : List.copyOf(roleHolders);
    }

    /** A staff member holding a role on the account now (G6.a). */
    public record RoleHolder(UUID staffId, AccountRole role) {
    }

    /** The plan for regular posting (G5.4). {@code platformsNote} may be null. */
    public record PostingPlan(int postsPerWeek, String platformsNote) {
    }
}
