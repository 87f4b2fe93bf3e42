package io.rasmi.console.incidents;

import java.util.List;

/** An incident with its timeline, oldest first, as one page shows them. */
public record IncidentFile(IncidentsApi.Incident incident, List<IncidentsApi.TimelineEntry> timeline) {
}
