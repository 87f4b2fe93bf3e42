package io.rasmi.account.passwords;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordRotated")
public record RotatedView(
        @Schema(example = "2026-01-17T08:00:00Z") Instant rotatedAt,
        @Schema(description = "When the next rotation is due (G6.g)", example = "2026-04-17T08:00:00Z") Instant nextDueAt) {
}
