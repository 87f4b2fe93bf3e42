package io.rasmi.incident.incidents;

import java.util.EnumSet;
import java.util.Set;

/** Where an incident stands in its handling; see {@link Transition} for the moves between them. */
public enum IncidentState {
    REPORTED,
    TRIAGED,
    CONTAINED,
    ERADICATED,
    RECOVERED,
    CLOSED,
    FALSE_POSITIVE;

    private static final Set<IncidentState> ENDED = EnumSet.of(CLOSED, FALSE_POSITIVE);

    /** Whether the incident is still being handled (not CLOSED, not FALSE_POSITIVE). */
    public boolean isOpen() {
        return !ENDED.contains(this);
    }
}
