package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code io.rasmi.account.role-holder-added.v1}: a staff member now holds a role on the account (G6.a). */
public record RoleHolderAdded(
        UUID accountId,
        String entity,
        UUID holderId,
        UUID staffId,
        AccountRole role,
        Instant addedAt) {
}
