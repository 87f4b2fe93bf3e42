package io.rasmi.account.passwords;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordPolicyRequest")
public record PasswordPolicyRequest(
        @NotNull @Min(1) @Schema(description = "Days between rotations, 1 to 90 (G6.g sets 90 at most)", example = "60")
        Integer rotationDays) {
}
