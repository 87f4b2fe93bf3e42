package io.rasmi.incident.incidents;

import static io.rasmi.incident.incidents.IncidentState.CLOSED;
import static io.rasmi.incident.incidents.IncidentState.CONTAINED;
import static io.rasmi.incident.incidents.IncidentState.ERADICATED;
import static io.rasmi.incident.incidents.IncidentState.FALSE_POSITIVE;
import static io.rasmi.incident.incidents.IncidentState.RECOVERED;
import static io.rasmi.incident.incidents.IncidentState.REPORTED;
import static io.rasmi.incident.incidents.IncidentState.TRIAGED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.rasmi.platform.problem.ProblemException;

/**
 * The lifecycle of an incident, all of it (NIST SP 800-61 phases, as TheHive users know them): each transition,
 * the states it may start from, and where it leads. Nothing leaves CLOSED or FALSE_POSITIVE.
 *
 * <pre>
 *   REPORTED --triage--> TRIAGED --containment--> CONTAINED --eradication--> ERADICATED
 *   ERADICATED --recovery--> RECOVERED --closure--> CLOSED
 *   REPORTED | TRIAGED --dismissal--> FALSE_POSITIVE
 * </pre>
 *
 * What else a transition needs (CLOSED needs the lessons learned) is checked by {@link IncidentService}.
 */
public enum Transition {

    //            from                                   to
    TRIAGE(       EnumSet.of(REPORTED),                  TRIAGED),
    CONTAINMENT(  EnumSet.of(TRIAGED),                   CONTAINED),
    ERADICATION(  EnumSet.of(CONTAINED),                 ERADICATED),
    RECOVERY(     EnumSet.of(ERADICATED),                RECOVERED),
    CLOSURE(      EnumSet.of(RECOVERED),                 CLOSED),
    DISMISSAL(    EnumSet.of(REPORTED, TRIAGED),         FALSE_POSITIVE);

    private final Set<IncidentState> from;
    private final IncidentState to;

    Transition(Set<IncidentState> from, IncidentState to) {
        this.from = from;
        this.to = to;
    }

    public Set<IncidentState> from() {
        return EnumSet.copyOf(from);
    }

    public IncidentState to() {
        return to;
    }

    public boolean allowedFrom(IncidentState state) {
        return from.contains(state);
    }

    /** The targets the table allows from {@code state}, in lifecycle order; empty for an ended incident. */
    public static List<IncidentState> targetsFrom(IncidentState state) {
        return Arrays.stream(values()).filter(t -> t.allowedFrom(state)).map(Transition::to).sorted().toList();
    }

    /** The transition that leads to {@code target}, if the table has one. */
    public static Optional<Transition> leadingTo(IncidentState target) {
        return Arrays.stream(values()).filter(t -> t.to == target).findFirst();
    }

    /**
     * The transition from {@code state} to {@code target}.
     *
     * @throws ProblemException 409 naming the allowed targets when the table does not lead there
     */
    public static Transition between(IncidentState state, IncidentState target) {
        return leadingTo(target).filter(t -> t.allowedFrom(state)).orElseThrow(() -> {
            List<IncidentState> allowed = targetsFrom(state);
            return ProblemException.conflict("incident.transition-not-allowed", state, target,
                    allowed.isEmpty() ? "-" : String.join(", ", allowed.stream().map(Enum::name).toList()));
        });
    }
}
