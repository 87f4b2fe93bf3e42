package io.rasmi.account.posture;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.AccountStatus;
import io.rasmi.events.Platform;

/** One line of an entity's posture: an account, its score and the clauses it fails. */
@Schema(name = "AccountPostureSummary")
public record AccountPostureSummary(UUID accountId, Platform platform, @Schema(example = "MOHIraq") String handle,
        AccountStatus status, @Schema(example = "82") int score,
        @Schema(example = "[\"G6.b\", \"G6.k\"]") List<String> failingClauses) {
}
