package io.rasmi.incident.incidents;

import java.util.Locale;
import java.util.Map;

import io.rasmi.events.IncidentSeverity;
import io.rasmi.events.IncidentType;
import io.rasmi.platform.problem.ProblemException;

/** The list filters {@code ?state=&type=&severity=}; each may be absent. */
public record IncidentFilter(IncidentState state, IncidentType type, IncidentSeverity severity) {

    /** Reads the query values; an unknown name is bad input (400), not an empty list. */
    public static IncidentFilter of(String state, String type, String severity) {
        return new IncidentFilter(parse(IncidentState.class, "state", state), parse(IncidentType.class, "type", type),
                parse(IncidentSeverity.class, "severity", severity));
    }

    public void appendTo(StringBuilder query, Map<String, Object> parameters) {
        if (state != null) {
            query.append(" and state = :state");
            parameters.put("state", state);
        }
        if (type != null) {
            query.append(" and type = :type");
            parameters.put("type", type);
        }
        if (severity != null) {
            query.append(" and severity = :severity");
            parameters.put("severity", severity);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalidField(field, "incident.unknown-filter-value", field, value.strip());
        }
    }
}
