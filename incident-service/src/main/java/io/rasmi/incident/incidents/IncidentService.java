package io.rasmi.incident.incidents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.directory.KnownAccountView;
import io.rasmi.directory.KnownAccounts;
import io.rasmi.events.EventType;
import io.rasmi.events.IncidentConfirmed;
import io.rasmi.events.IncidentReported;
import io.rasmi.events.IncidentSeverity;
import io.rasmi.incident.reach.AccountReaches;
import io.rasmi.incident.timeline.TimelineKind;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.locking.RecordLocks;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

/** Use cases of an entity's own incidents: report, move on, override the severity, read. */
@ApplicationScoped
public class IncidentService {

    /** A client's clock may run a little ahead of ours: a detection time up to this far ahead is still "now". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /** STIX incident-core: the attack succeeded, as a confirmed breach did. */
    static final String CONFIRMED_DETERMINATION = "successful-attempt";

    @Inject
    Clock clock;

    @Inject
    KnownAccounts knownAccounts;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    @Inject
    RecordLocks recordLocks;

    @Inject
    IncidentChanges changes;

    @Inject
    Caller caller;

    @Inject
    AccountReaches reaches;

    /** Records a report (REPORTED) of the caller, computes its severity, and announces it (G6.j). */
    @Transactional
    public IncidentView report(String entity, ReportIncidentRequest request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<UUID> accountIds = request.accountIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.accountIds()));
        boolean verified = false;
        List<KnownAccountView> accounts = new ArrayList<>();
        for (UUID accountId : accountIds) {
            KnownAccountView account = knownAccounts.findForEntity(accountId, entity)
                    .orElseThrow(() -> ProblemException.notFound("incident.account-not-found", accountId));
            verified |= account.verified();
            accounts.add(account);
        }
        if (request.detectedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new ProblemException(io.rasmi.platform.problem.ProblemType.UNPROCESSABLE,
                    "incident.detected-in-future", null,
                    List.of(new io.rasmi.platform.problem.Problem.Violation("detectedAt", null)));
        }
        // A directory that learnt the account from a state written before states carried the registration time
        // does not know it; such a report is accepted.
        for (KnownAccountView account : accounts) {
            if (account.registeredAt() != null && request.detectedAt().isBefore(account.registeredAt())) {
                throw new ProblemException(io.rasmi.platform.problem.ProblemType.UNPROCESSABLE,
                        "incident.detected-before-registration", null,
                        List.of(new io.rasmi.platform.problem.Problem.Violation("detectedAt", null)),
                        account.id(), account.registeredAt());
            }
        }
        boolean personalData = Boolean.TRUE.equals(request.personalDataExposed());
        IncidentSeverity severity = SeverityTable.severityOf(
                new SeverityTable.Facts(request.type(), verified, reaches.reachOf(entity, accountIds), personalData));

        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.entity = entity;
        incident.type = request.type();
        incident.state = IncidentState.REPORTED;
        incident.severity = severity;
        incident.computedSeverity = severity;
        incident.tlp = request.tlp() == null ? Tlp.DEFAULT : request.tlp();
        incident.summary = request.summary().strip();
        incident.description = blankToNull(request.description());
        incident.personalDataExposed = personalData;
        incident.detectedAt = request.detectedAt().truncatedTo(ChronoUnit.MICROS);
        incident.reportedAt = now;
        incident.reportedBy = caller.userId();
        incident.reporterName = caller.username();
        incident.accountIds = new ArrayList<>(accountIds);
        incident.evidence = request.evidence() == null ? new ArrayList<>()
                : new ArrayList<>(request.evidence().stream().map(EvidenceView::toEvidence).toList());
        incident.updatedAt = now;
        incident.persist();
        return opened(incident, incident.reporterName, "Reported");
    }

    /**
     * The last steps of every opening, by a person or an event: the timeline entry, the reported event for
     * account-service (which freezes breached accounts) and the audit row. Called in the opening's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IncidentView opened(Incident incident, String actor, String text) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", incident.type.name());
        details.put("severity", incident.severity.name());
        details.put("tlp", incident.tlp.name());
        changes.record(incident, TimelineKind.REPORTED, actor, text, details);
        outbox.publish(EventType.INCIDENT_REPORTED, incident.id, incident.entity,
                new IncidentReported(incident.id, incident.entity, incident.type, incident.accountIds,
                        incident.severity, incident.reportedAt, incident.determination));
        auditTrail.record(incident.entity, "incident.reported", "incident", incident.id, details);
        return IncidentView.of(incident);
    }

    /** Moves an incident along the lifecycle table; {@code ifMatch}, when sent, must be its current version. */
    @Transactional
    public IncidentView transition(String entity, UUID id, TransitionRequest request, String ifMatch) {
        Incident incident = lockForEntity(entity, id);
        if (ifMatch != null) {
            Versions.requireMatch(ifMatch, incident.version);
        }
        IncidentState from = incident.state;
        Transition transition = Transition.between(from, request.to());
        String note = blankToNull(request.note());
        if (transition == Transition.CLOSURE) {
            if (note == null) {
                throw new ProblemException(io.rasmi.platform.problem.ProblemType.UNPROCESSABLE,
                        "incident.lessons-learned-required", null,
                        List.of(new io.rasmi.platform.problem.Problem.Violation("note", null)));
            }
            incident.lessonsLearned = note;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        incident.moveTo(transition, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.name());
        details.put("to", incident.state.name());
        boolean confirmed = confirmIfSuspected(incident, transition);
        if (confirmed) {
            details.put("determination", incident.determination);
        }
        changes.record(incident, TimelineKind.TRANSITION, caller.username(), note, details);
        if (confirmed) {
            outbox.publish(EventType.INCIDENT_CONFIRMED, incident.id, incident.entity,
                    new IncidentConfirmed(incident.id, incident.entity, incident.type, incident.accountIds,
                            incident.severity, now, incident.determination));
        }
        auditTrail.record(entity, "incident.transitioned", "incident", incident.id, details);
        Incident.flush();
        return IncidentView.of(incident);
    }

    /**
     * Triaging an incident that was only suspected (opened by a signal) is the IT officers' confirmation that the
     * breach happened: its determination becomes {@code successful-attempt}, which the CERT's bundle then says, and
     * {@code io.rasmi.incident.confirmed.v1} lets account-service freeze the accounts as for a report by a person.
     * Dismissal (FALSE_POSITIVE) confirms nothing.
     */
    private static boolean confirmIfSuspected(Incident incident, Transition transition) {
        if (transition != Transition.TRIAGE || !IncidentReported.SUSPECTED.equals(incident.determination)) {
            return false;
        }
        incident.determination = CONFIRMED_DETERMINATION;
        return true;
    }

    /** it-security's severity, with the reason kept in the timeline. */
    @Transactional
    public IncidentView overrideSeverity(String entity, UUID id, SeverityOverrideRequest request, String ifMatch) {
        Incident incident = lockForEntity(entity, id);
        if (ifMatch != null) {
            Versions.requireMatch(ifMatch, incident.version);
        }
        IncidentSeverity from = incident.severity;
        if (from == request.severity()) {
            return IncidentView.of(incident);
        }
        incident.severity = request.severity();
        incident.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.name());
        details.put("to", incident.severity.name());
        changes.record(incident, TimelineKind.SEVERITY_CHANGED, caller.username(), request.reason().strip(), details);
        auditTrail.record(entity, "incident.severity-changed", "incident", incident.id, details);
        Incident.flush();
        return IncidentView.of(incident);
    }

    /** The incident if the caller may see it: all of the entity's for it-security and entity-admin, else their own. */
    @Transactional
    public IncidentView get(String entity, UUID id) {
        return IncidentView.of(visible(entity, id));
    }

    /** The incident if the caller may see it, else 404 as if it did not exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Incident visible(String entity, UUID id) {
        return Incident.findForEntity(id, entity).filter(this::mayRead)
                .orElseThrow(() -> ProblemException.notFound("incident.not-found"));
    }

    /** The incident, locked for a change, if the caller may see it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Incident lockForEntity(String entity, UUID id) {
        return recordLocks.inIdOrder(Incident.class, List.of(id), "entity = :entity", Map.of("entity", entity))
                .stream().findFirst().filter(this::mayRead)
                .orElseThrow(() -> ProblemException.notFound("incident.not-found"));
    }

    @Transactional
    public Page<IncidentView> list(String entity, IncidentFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("entity = :entity");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("entity", entity));
        if (!seesWholeEntity()) {
            query.append(" and reportedBy = :reporter");
            parameters.put("reporter", caller.userId());
        }
        filter.appendTo(query, parameters);
        return Page.of(Incident.find(query + " order by reportedAt desc, id", parameters), page, IncidentView::of);
    }

    private boolean mayRead(Incident incident) {
        return seesWholeEntity() || incident.reportedBy.equals(caller.userId());
    }

    private boolean seesWholeEntity() {
        return caller.hasRole(Roles.IT_SECURITY) || caller.hasRole(Roles.ENTITY_ADMIN);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
