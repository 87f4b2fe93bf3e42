package io.rasmi.account.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountDecision")
public record DecisionView(
        UUID accountId,
        @Schema(example = "2024/م/1187") String decisionNumber,
        @Schema(example = "2024-09-15") LocalDate decisionDate,
        @Schema(example = "Minister of Health") String signatory,
        Instant recordedAt,
        @Schema(example = "moh-admin") String recordedBy) {

    static DecisionView of(AccountDecision decision) {
        return new DecisionView(decision.accountId, decision.decisionNumber, decision.decisionDate, decision.signatory,
                decision.recordedAt, decision.recordedBy);
    }
}
