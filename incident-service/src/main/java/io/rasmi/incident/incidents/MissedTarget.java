package io.rasmi.incident.incidents;

import java.time.Instant;

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
}
