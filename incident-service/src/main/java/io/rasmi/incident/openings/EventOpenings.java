package io.rasmi.incident.openings;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.rasmi.directory.KnownAccountView;
import io.rasmi.directory.KnownAccounts;
import io.rasmi.events.IncidentSeverity;
import io.rasmi.events.IncidentType;
import io.rasmi.events.Platform;
import io.rasmi.incident.incidents.Incident;
import io.rasmi.incident.incidents.IncidentChanges;
import io.rasmi.incident.incidents.IncidentService;
import io.rasmi.incident.incidents.IncidentState;
import io.rasmi.incident.incidents.Reach;
import io.rasmi.incident.incidents.SeverityTable;
import io.rasmi.incident.incidents.Tlp;
import io.rasmi.incident.reach.AccountReaches;
import io.rasmi.incident.timeline.Timeline;
import io.rasmi.incident.timeline.TimelineKind;
import io.rasmi.platform.locking.RecordLocks;

/**
 * Opens an incident from an event that signals a breach, or absorbs the event into the incident already open for
 * the same account (or impersonator) and type. Openings of one key are serialised across replicas by a
 * transaction-scoped advisory lock, and a partial unique index refuses a second open incident per key.
 */
@ApplicationScoped
public class EventOpenings {

    @Inject
    AccountReaches reaches;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    KnownAccounts knownAccounts;

    @Inject
    RecordLocks recordLocks;

    @Inject
    IncidentService incidents;

    @Inject
    IncidentChanges changes;

    /**
     * What an event says happened. {@code accountId} and {@code determination} may be null; {@code personalDataExposed}
     * raises the severity as for a person's report.
     */
    public record Signal(String entity, IncidentType type, String openingKey, UUID accountId, String determination,
            Instant detectedAt, String summary, Map<String, Object> facts, Impostor impostor,
            boolean personalDataExposed) {

        public Signal(String entity, IncidentType type, String openingKey, UUID accountId, String determination,
                Instant detectedAt, String summary, Map<String, Object> facts, Impostor impostor) {
            this(entity, type, openingKey, accountId, determination, detectedAt, summary, facts, impostor, false);
        }

        public Signal(String entity, IncidentType type, String openingKey, UUID accountId, String determination,
                Instant detectedAt, String summary, Map<String, Object> facts) {
            this(entity, type, openingKey, accountId, determination, detectedAt, summary, facts, null, false);
        }
    }

    /** The impersonating account an impersonation report names. */
    public record Impostor(Platform platform, String handle, String profileUrl) {
    }

    /** Answers the incident the signal opened or joined. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID open(Signal signal) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 7))")
                .setParameter(1, signal.entity() + "|" + signal.type() + "|" + signal.openingKey())
                .getSingleResult();
        Optional<Incident> open = openIncidentFor(signal);
        if (open.isPresent()) {
            Incident incident = recordLocks.inIdOrder(Incident.class, List.of(open.get().id)).get(0);
            changes.record(incident, TimelineKind.REPEATED, Timeline.SYSTEM, signal.summary(), signal.facts());
            return incident.id;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean verified = signal.accountId() != null && knownAccounts.findForEntity(signal.accountId(),
                signal.entity()).map(KnownAccountView::verified).orElse(false);
        IncidentSeverity severity = SeverityTable.severityOf(
                new SeverityTable.Facts(signal.type(), verified, signal.accountId() == null ? Reach.UNKNOWN
                        : reaches.reachOf(signal.entity(), List.of(signal.accountId())), signal.personalDataExposed()));
        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.entity = signal.entity();
        incident.type = signal.type();
        incident.state = IncidentState.REPORTED;
        incident.severity = severity;
        incident.computedSeverity = severity;
        incident.tlp = Tlp.DEFAULT;
        incident.summary = signal.summary();
        incident.personalDataExposed = signal.personalDataExposed();
        incident.detectedAt = signal.detectedAt() == null || signal.detectedAt().isAfter(now) ? now
                : signal.detectedAt().truncatedTo(ChronoUnit.MICROS);
        incident.reportedAt = now;
        incident.reportedBy = Incident.SYSTEM;
        incident.reporterName = Incident.SYSTEM;
        incident.determination = signal.determination();
        incident.openingKey = signal.openingKey();
        if (signal.impostor() != null) {
            incident.impostorPlatform = signal.impostor().platform();
            incident.impostorHandle = signal.impostor().handle();
            incident.impostorUrl = signal.impostor().profileUrl();
        }
        incident.accountIds = signal.accountId() == null ? new ArrayList<>() : new ArrayList<>(List.of(signal.accountId()));
        incident.updatedAt = now;
        incident.persist();
        incidents.opened(incident, Timeline.SYSTEM, signal.summary());
        return incident.id;
    }

    /** The open incident of this type under the same key, or (for an account) one that names the account. */
    private static Optional<Incident> openIncidentFor(Signal signal) {
        Optional<Incident> byKey = Incident.find("entity = ?1 and type = ?2 and openingKey = ?3 and state not in ?4",
                signal.entity(), signal.type(), signal.openingKey(), ENDED).firstResultOptional();
        if (byKey.isPresent() || signal.accountId() == null) {
            return byKey;
        }
        return Incident.find("select i from Incident i join i.accountIds a where i.entity = ?1 and i.type = ?2 "
                + "and a = ?3 and i.state not in ?4 order by i.reportedAt", signal.entity(), signal.type(),
                signal.accountId(), ENDED).firstResultOptional();
    }

    private static final List<IncidentState> ENDED = List.of(IncidentState.CLOSED, IncidentState.FALSE_POSITIVE);

    static Map<String, Object> facts(Object... pairs) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                facts.put((String) pairs[i], pairs[i + 1].toString());
            }
        }
        return facts;
    }
}
