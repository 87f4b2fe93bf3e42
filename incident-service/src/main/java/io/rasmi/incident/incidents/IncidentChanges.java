package io.rasmi.incident.incidents;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.incident.timeline.Timeline;
import io.rasmi.incident.timeline.TimelineEntry;
import io.rasmi.incident.timeline.TimelineKind;

/**
 * The one place every change of an incident passes through, in the change's own transaction: the report, each
 * transition, severity change, note, evidence, answer, repeat absorbed, CERT acknowledgement and question, and
 * missed response target. It leaves the change's timeline entry; what else must follow every change (the CERT feed,
 * the notices to IT officers) is added here, so no use case can forget it.
 */
@ApplicationScoped
public class IncidentChanges {

    @Inject
    Timeline timeline;

    @Inject
    IncidentAnnouncements announcements;

    /** Records a change of {@code incident} (already applied to it) and answers its timeline entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TimelineEntry record(Incident incident, TimelineKind kind, String actor, String text,
            Map<String, ?> details) {
        return record(incident, kind, actor, text, null, null, details);
    }

    /** As above, with evidence and the entry this one refers to (either may be null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public TimelineEntry record(Incident incident, TimelineKind kind, String actor, String text, Evidence evidence,
            UUID refersTo, Map<String, ?> details) {
        TimelineEntry entry = timeline.append(incident, kind, actor, text, evidence, refersTo, details);
        announcements.announce(incident, entry);
        return entry;
    }
}
