package io.rasmi.account.keys;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.AccountRole;

@Schema(name = "AddRoleHolderRequest", description = "A member of the unit who now holds a role on the account")
public record AddRoleHolderRequest(
        @NotNull @Schema(description = "An active member of the caller's entity's unit",
                example = "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f") UUID staffId,
        @NotNull @Schema(example = "ADMIN") AccountRole role) {
}
