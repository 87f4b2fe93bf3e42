package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.kpi.target-missed.v1}: an account's figure in a closed week or month fell short of its
 * target for that period (for RESPONSE_TIME, where less is better, went over it); once per target and period, found
 * when the period's report is made. A target without any figure in the period is not announced (nothing was
 * measured); the report shows it without a figure.
 *
 * @param metric a metric of kpi-service's catalogue, e.g. {@code NEW_FOLLOWERS}
 * @param period {@code 2026-W47} for a weekly target, {@code 2026-11} for a monthly one
 */
public record TargetMissed(
        UUID targetId,
        String entity,
        UUID accountId,
        String metric,
        String period,
        double target,
        double actual,
        Instant detectedAt) {
}
