package io.rasmi.incident.incidents;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.rasmi.events.IncidentSlaBreached;

/** A response target the incident missed; written once by the scan (see {@code ResponseTargets}), never changed. */
@Embeddable
public class MissedTarget {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentSlaBreached.Target target;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "missed_at", nullable = false)
    public Instant missedAt;

    /**
     * By value: Hibernate compares the loaded set with its snapshot by these; without them every read of an incident
     * with a missed target rewrote the set and its version, and failed against a concurrent change.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof MissedTarget that && target == that.target && Objects.equals(dueAt, that.dueAt)
                && Objects.equals(missedAt, that.missedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, dueAt, missedAt);
    }
}
