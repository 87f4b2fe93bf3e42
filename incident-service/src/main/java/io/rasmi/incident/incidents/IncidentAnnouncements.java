package io.rasmi.incident.incidents;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rasmi.directory.KnownAccountView;
import io.rasmi.directory.KnownAccounts;
import io.rasmi.events.IncidentSeverity;
import io.rasmi.incident.cert.CertFeed;
import io.rasmi.incident.cert.CertFeedEntry;
import io.rasmi.incident.cert.CertIncident;
import io.rasmi.incident.notices.NoticeFacts;
import io.rasmi.incident.notices.NoticeKind;
import io.rasmi.incident.notices.NoticeOutcome;
import io.rasmi.incident.notices.Notices;
import io.rasmi.incident.timeline.Timeline;
import io.rasmi.incident.timeline.TimelineEntry;
import io.rasmi.incident.timeline.TimelineKind;

/**
 * Who hears of a change of an incident (G6.j: "reported at once to the entity's IT officers and to the official
 * bodies"): the national CERT gets the incident as it now stands, as a STIX bundle on its feed, after the report and
 * each change of what the bundle says; the entity's IT officers and head of unit get an e-mail for a report, a
 * severity raised to HIGH or above, and a missed response target. Both are written in the change's own transaction
 * (the feed and the notice are outboxes), so a committed change is always told and a rolled-back one never is. Each
 * leaves its own entry in the timeline.
 */
@ApplicationScoped
public class IncidentAnnouncements {

    /** The changes that alter what the CERT's bundle says (state, severity, determination, accounts). */
    private static final Set<TimelineKind> TOLD_TO_THE_CERT = EnumSet.of(TimelineKind.REPORTED,
            TimelineKind.TRANSITION, TimelineKind.SEVERITY_CHANGED, TimelineKind.REPEATED);

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    @Inject
    CertFeed certFeed;

    @Inject
    Notices notices;

    @Inject
    KnownAccounts knownAccounts;

    @Inject
    Timeline timeline;

    @Inject
    ObjectMapper objectMapper;

    /** Tells the CERT and the IT officers what {@code entry} records, as the change's transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Incident incident, TimelineEntry entry) {
        List<KnownAccountView> accounts = incident.accountIds.stream()
                .flatMap(id -> knownAccounts.findForEntity(id, incident.entity).stream()).toList();
        if (TOLD_TO_THE_CERT.contains(entry.kind)) {
            CertFeedEntry sent = certFeed.publish(toCert(incident, accounts, entry));
            timeline.append(incident, TimelineKind.CERT_MESSAGE, Timeline.SYSTEM,
                    "Sent to the national CERT (bundle version " + sent.version + ")", null, entry.id,
                    Map.of("bundleVersion", sent.version));
        }
        NoticeKind notice = noticeFor(entry);
        if (notice != null) {
            notices.queue(notice, facts(incident, accounts, entry), noticeDetail(entry));
        }
    }

    /** The notice's outcome in the incident's timeline (delivered, failed after the last attempt, or to nobody). */
    void onNoticeOutcome(@Observes NoticeOutcome outcome) {
        // Observers must not throw (the notice would be sent again); incidents are never deleted, so this only
        // skips notices queued without one.
        if (Incident.findById(outcome.incidentId()) == null) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("notice", outcome.noticeId().toString());
        details.put("kind", outcome.kind().name());
        details.put("status", outcome.status().name());
        details.put("recipients", outcome.recipients());
        details.put("attempts", outcome.attempts());
        String text = outcome.delivered()
                ? "Notice " + outcome.kind() + " delivered to " + String.join(", ", outcome.recipients())
                : "Notice " + outcome.kind() + " not delivered (" + outcome.status() + "): " + outcome.detail();
        timeline.append(outcome.incidentId(), TimelineKind.NOTICE, text, details);
    }

    private NoticeKind noticeFor(TimelineEntry entry) {
        return switch (entry.kind) {
            case REPORTED -> NoticeKind.REPORTED;
            case TARGET_MISSED -> NoticeKind.TARGET_MISSED;
            case SEVERITY_CHANGED -> raisedToHighOrAbove(details(entry)) ? NoticeKind.SEVERITY_RAISED : null;
            default -> null;
        };
    }

    private static boolean raisedToHighOrAbove(Map<String, Object> details) {
        IncidentSeverity from = IncidentSeverity.valueOf(String.valueOf(details.get("from")));
        IncidentSeverity to = IncidentSeverity.valueOf(String.valueOf(details.get("to")));
        return to.compareTo(from) > 0 && to.compareTo(IncidentSeverity.HIGH) >= 0;
    }

    private String noticeDetail(TimelineEntry entry) {
        Map<String, Object> details = details(entry);
        return switch (entry.kind) {
            case SEVERITY_CHANGED -> details.get("from") + " → " + details.get("to") + ": " + entry.text;
            case TARGET_MISSED -> entry.text + " (" + details.get("target") + ", due " + details.get("dueAt") + ")";
            default -> null;
        };
    }

    private Map<String, Object> details(TimelineEntry entry) {
        if (entry.details == null || entry.details.isBlank()) {
            return Map.of();
        }
        try {
            return objectMapper.readValue(entry.details, DETAILS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Timeline details of " + entry.id + " are not JSON", e);
        }
    }

    private static NoticeFacts facts(Incident incident, List<KnownAccountView> accounts, TimelineEntry entry) {
        List<String> handles = accounts.stream().map(a -> a.platform() + " " + a.handle()).toList();
        return new NoticeFacts(incident.id, incident.entity, incident.id.toString(), incident.type.name(),
                incident.severity.name(), incident.summary, handles, entry.occurredAt);
    }

    private static CertIncident toCert(Incident incident, List<KnownAccountView> accounts, TimelineEntry entry) {
        CertIncident.Builder cert = CertIncident.builder()
                .id(incident.id)
                .entity(incident.entity, null)
                .type(incident.type.name())
                .severity(incident.severity)
                .state(CertIncident.State.valueOf(incident.state.name()))
                .determination(determination(incident))
                .tlp(incident.tlp)
                .summary(incident.summary)
                .description(incident.description)
                .detectedAt(incident.detectedAt)
                .reportedAt(incident.reportedAt)
                .modifiedAt(entry.occurredAt);
        accounts.forEach(a -> cert.account(a.id(), a.platform(), a.handle(), a.displayNameAr()));
        if (incident.impostorHandle != null || incident.impostorUrl != null) {
            cert.impostor(incident.impostorPlatform, incident.impostorHandle, incident.impostorUrl);
        }
        return cert.build();
    }

    /** The incident-core determination: as recorded, false-positive once dismissed, else suspected until decided. */
    private static CertIncident.Determination determination(Incident incident) {
        if (incident.state == IncidentState.FALSE_POSITIVE) {
            return CertIncident.Determination.FALSE_POSITIVE;
        }
        if (incident.determination == null) {
            return CertIncident.Determination.SUSPECTED;
        }
        return CertIncident.Determination.valueOf(
                incident.determination.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
