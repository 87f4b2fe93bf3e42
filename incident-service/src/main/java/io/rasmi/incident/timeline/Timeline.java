package io.rasmi.incident.timeline;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rasmi.incident.incidents.Evidence;
import io.rasmi.incident.incidents.EvidenceView;
import io.rasmi.incident.incidents.Incident;

/**
 * Appends to incidents' timelines and reads them. Entries are never changed: the table refuses it.
 *
 * <p>Other parts of the service (notices sent, CERT messages) record what happened to an incident through
 * {@link #append(UUID, TimelineKind, String, String, Map)}.
 */
@ApplicationScoped
public class Timeline {

    /** The actor of entries the service writes itself. */
    public static final String SYSTEM = "system";

    @Inject
    Clock clock;

    @Inject
    ObjectMapper objectMapper;

    /**
     * A system entry on an incident, in the caller's transaction or a new one: e.g. a notice delivered (kind
     * NOTICE) or a CERT message (CERT_MESSAGE). {@code details} may be empty.
     */
    @Transactional
    public TimelineEntry append(UUID incidentId, TimelineKind kind, String text, Map<String, ?> details) {
        Incident incident = Incident.findById(incidentId);
        if (incident == null) {
            throw new IllegalArgumentException("No incident " + incidentId);
        }
        return append(incident, kind, SYSTEM, text, null, null, details);
    }

    /** An entry on {@code incident}, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TimelineEntry append(Incident incident, TimelineKind kind, String actor, String text, Evidence evidence,
            UUID refersTo, Map<String, ?> details) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.incidentId = incident.id;
        entry.entity = incident.entity;
        entry.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.kind = kind;
        entry.actor = actor;
        entry.text = text;
        if (evidence != null) {
            entry.evidenceUrl = evidence.url;
            entry.evidenceSha256 = evidence.sha256;
            entry.evidenceNote = evidence.note;
        }
        entry.refersTo = refersTo;
        entry.details = details == null || details.isEmpty() ? null : write(details);
        entry.persist();
        return entry;
    }

    /** The incident's entries, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TimelineEntryView> of(UUID incidentId) {
        return TimelineEntry.<TimelineEntry>find("incidentId = ?1 order by seq", incidentId).stream()
                .map(this::view).toList();
    }

    public TimelineEntryView view(TimelineEntry entry) {
        EvidenceView evidence = entry.evidenceUrl == null ? null
                : new EvidenceView(entry.evidenceUrl, entry.evidenceSha256, entry.evidenceNote);
        return new TimelineEntryView(entry.id, entry.kind, entry.occurredAt, entry.actor, entry.text, evidence,
                entry.refersTo, read(entry.details));
    }

    private String write(Map<String, ?> details) {
        try {
            return objectMapper.writeValueAsString(details);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("Timeline details could not be written", unwritable);
        }
    }

    private Map<String, Object> read(String details) {
        if (details == null) {
            return null;
        }
        try {
            return objectMapper.readValue(details, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("Timeline details could not be read", unreadable);
        }
    }
}
