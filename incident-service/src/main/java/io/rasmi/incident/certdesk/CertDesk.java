package io.rasmi.incident.certdesk;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.incident.incidents.Incident;
import io.rasmi.incident.incidents.IncidentChanges;
import io.rasmi.incident.incidents.IncidentFilter;
import io.rasmi.incident.incidents.IncidentView;
import io.rasmi.incident.timeline.Timeline;
import io.rasmi.incident.timeline.TimelineEntry;
import io.rasmi.incident.timeline.TimelineEntryView;
import io.rasmi.incident.timeline.TimelineKind;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.locking.RecordLocks;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;

/**
 * The national CERT's desk: every entity's incidents to read, an acknowledgement and questions to give; nothing
 * else of an incident is the CERT's to change.
 */
@ApplicationScoped
public class CertDesk {

    @Inject
    Clock clock;

    @Inject
    RecordLocks recordLocks;

    @Inject
    IncidentChanges changes;

    @Inject
    Timeline timeline;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Caller caller;

    @Transactional
    public Page<IncidentView> list(String entity, IncidentFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (entity != null && !entity.isBlank()) {
            query.append(" and entity = :entity");
            parameters.put("entity", entity.strip());
        }
        filter.appendTo(query, parameters);
        return Page.of(Incident.find(query + " order by reportedAt desc, id", parameters), page, IncidentView::of);
    }

    @Transactional
    public IncidentView get(UUID id) {
        return IncidentView.of(find(id));
    }

    @Transactional
    public List<TimelineEntryView> timeline(UUID id) {
        return timeline.of(find(id).id);
    }

    /** The CERT has taken the incident in; once only (a second acknowledgement is a 409 saying when). */
    @Transactional
    public IncidentView acknowledge(UUID id) {
        Incident incident = lock(id);
        if (incident.acknowledgedAt != null) {
            throw ProblemException.conflict("cert.already-acknowledged", incident.acknowledgedAt.toString());
        }
        incident.acknowledgedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        incident.acknowledgedBy = caller.username();
        incident.updatedAt = incident.acknowledgedAt;
        changes.record(incident, TimelineKind.ACKNOWLEDGED, actor(), "Acknowledged by the national CERT", Map.of());
        auditTrail.record(incident.entity, "incident.acknowledged", "incident", incident.id, Map.of());
        Incident.flush();
        return IncidentView.of(incident);
    }

    /** A question to the entity; it answers with a timeline entry whose {@code answers} is this entry's id. */
    @Transactional
    public TimelineEntryView requestInformation(UUID id, InformationRequest request) {
        Incident incident = lock(id);
        TimelineEntry entry = changes.record(incident, TimelineKind.INFORMATION_REQUESTED, actor(),
                request.question().strip(), Map.of());
        auditTrail.record(incident.entity, "incident.information-requested", "incident", incident.id,
                Map.of("request", entry.id.toString()));
        return timeline.view(entry);
    }

    private String actor() {
        return "cert:" + caller.username();
    }

    private static Incident find(UUID id) {
        return Incident.<Incident>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("incident.not-found"));
    }

    private Incident lock(UUID id) {
        return recordLocks.inIdOrder(Incident.class, List.of(id)).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("incident.not-found"));
    }
}
