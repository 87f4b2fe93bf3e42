package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of the staff events ({@code io.rasmi.account.staff-added.v1}, {@code staff-changed.v1},
 * {@code staff-removed.v1} on {@code rasmi.account.events.v1}) and of {@code io.rasmi.account.staff-state.v1} on the
 * compacted {@code rasmi.account.staff-state.v1}: a member of an entity's social media unit, whole. The event and the
 * state record of one change carry the same snapshot. {@code version} grows by one with each snapshot of the member;
 * a reader keeps the highest. A member who left the unit is {@code active: false} (and was announced by
 * staff-removed); members are never deleted, so there are no tombstones. Only what a notice needs: never a phone
 * number, never anything secret.
 */
public record StaffSnapshot(
        UUID staffId,
        String entity,
        String fullName,
        String officialEmail,
        UnitRole unitRole,
        boolean active,
        int version,
        Instant updatedAt) {
}
