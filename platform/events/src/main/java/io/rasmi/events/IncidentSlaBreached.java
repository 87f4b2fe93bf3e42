package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.incident.sla-breached.v1}: a HIGH or CRITICAL incident missed a response target (not
 * triaged, or not contained, in time). Published once per incident and target.
 */
public record IncidentSlaBreached(
        UUID incidentId,
        String entity,
        Target target,
        IncidentSeverity severity,
        Instant reportedAt,
        Instant dueAt,
        Instant detectedAt) {

    /** The response target missed: TRIAGED within its time, or CONTAINED within its time. */
    public enum Target {
        TRIAGE,
        CONTAINMENT
    }
}
