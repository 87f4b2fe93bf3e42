package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code io.rasmi.account.role-holder-removed.v1}: a staff member no longer holds a role on the account. */
public record RoleHolderRemoved(
        UUID accountId,
        String entity,
        UUID holderId,
        UUID staffId,
        AccountRole role,
        Instant removedAt) {
}
