package io.rasmi.events;

/** How bad an incident is. */
public enum IncidentSeverity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
