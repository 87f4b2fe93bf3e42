package io.rasmi.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Payload of {@code io.rasmi.account.posture-changed.v1}: the set of guideline clauses the account fails changed. */
public record PostureChanged(
        UUID accountId,
        String entity,
        int score,
        List<String> failingClauses,
        List<String> previousFailingClauses,
        Instant evaluatedAt) {
}
