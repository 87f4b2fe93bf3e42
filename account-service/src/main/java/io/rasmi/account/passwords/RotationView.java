package io.rasmi.account.passwords;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A password rotation as the API shows it: dates and who, nothing about the password. */
@Schema(name = "PasswordRotation")
public record RotationView(
        @Schema(example = "2026-01-17T08:00:00Z") Instant rotatedAt,
        @Schema(description = "When the next rotation is due (G6.g)", example = "2026-04-17T08:00:00Z") Instant nextDueAt,
        @Schema(example = "moh-it") String rotatedBy) {

    static RotationView of(PasswordRotation rotation) {
        return new RotationView(rotation.rotatedAt, rotation.nextDueAt, rotation.rotatedBy);
    }
}
