package io.rasmi.account.passwords;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordPolicy")
public record PasswordPolicyView(
        @Schema(example = "moh") String entity,
        @Schema(description = "Days between rotations that apply to the entity's accounts", example = "60") int rotationDays,
        @Schema(description = "The guideline's longest period (G6.g)", example = "90") int guidelineMaximumDays,
        @Schema(description = "Whether the entity set its own period; false means the guideline's applies")
        boolean entitySet,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant updatedAt,
        @Schema(description = "Send it back in If-Match to change the policy", example = "0") long version) {
}
