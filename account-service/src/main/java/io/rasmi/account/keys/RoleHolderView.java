package io.rasmi.account.keys;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.AccountRole;

@Schema(name = "RoleHolder")
public record RoleHolderView(
        UUID id,
        UUID accountId,
        UUID staffId,
        @Schema(example = "زينب علي حسين") String staffName,
        AccountRole role,
        Instant addedAt,
        @Schema(example = "moh-admin") String addedBy,
        @Schema(nullable = true, implementation = String.class, format = "date-time", description = "Set once the role was taken away; the record stays") Instant removedAt,
        @Schema(nullable = true) String removedBy) {

    static RoleHolderView of(RoleHolder holder, String staffName) {
        return new RoleHolderView(holder.id, holder.accountId, holder.staffId, staffName, holder.role,
                holder.addedAt, holder.addedBy, holder.removedAt, holder.removedBy);
    }
}
