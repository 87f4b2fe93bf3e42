package io.rasmi.incident.timeline;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.incident.incidents.Incident;
import io.rasmi.incident.incidents.IncidentChanges;
import io.rasmi.incident.incidents.IncidentService;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;

/** The entity's side of an incident's timeline: read it, add to it. */
@ApplicationScoped
public class TimelineService {

    @Inject
    IncidentService incidents;

    @Inject
    IncidentChanges changes;

    @Inject
    Timeline timeline;

    @Inject
    Caller caller;

    @Transactional
    public List<TimelineEntryView> read(String entity, UUID incidentId) {
        return timeline.of(incidents.visible(entity, incidentId).id);
    }

    /** Adds a person's entry; an answer must refer to one of this incident's CERT information requests. */
    @Transactional
    public TimelineEntryView add(String entity, UUID incidentId, AddEntryRequest request) {
        Incident incident = incidents.lockForEntity(entity, incidentId);
        String text = request.text() == null || request.text().isBlank() ? null : request.text().strip();
        if (request.kind() == AddEntryRequest.Kind.EVIDENCE && request.evidence() == null) {
            throw ProblemException.invalidField("evidence", "timeline.evidence-required");
        }
        if (request.kind() != AddEntryRequest.Kind.EVIDENCE && text == null) {
            throw ProblemException.invalidField("text", "timeline.text-required");
        }
        if (request.answers() != null && TimelineEntry.count("id = ?1 and incidentId = ?2 and kind = ?3",
                request.answers(), incident.id, TimelineKind.INFORMATION_REQUESTED) == 0) {
            throw ProblemException.notFound("timeline.request-not-found");
        }
        TimelineEntry entry = changes.record(incident, TimelineKind.valueOf(request.kind().name()), caller.username(),
                text, request.evidence() == null ? null : request.evidence().toEvidence(), request.answers(),
                request.answers() == null ? Map.of() : Map.of("answers", request.answers().toString()));
        return timeline.view(entry);
    }
}
