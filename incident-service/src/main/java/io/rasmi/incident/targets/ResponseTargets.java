package io.rasmi.incident.targets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rasmi.events.EventType;
import io.rasmi.events.IncidentSeverity;
import io.rasmi.events.IncidentSlaBreached;
import io.rasmi.incident.incidents.Incident;
import io.rasmi.incident.incidents.IncidentChanges;
import io.rasmi.incident.timeline.Timeline;
import io.rasmi.incident.timeline.TimelineKind;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.locking.RecordLocks;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.problem.Problem;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.problem.ProblemType;
import io.rasmi.platform.security.Caller;

/**
 * Response targets: HIGH and CRITICAL incidents must be TRIAGED, then CONTAINED, within a time of their report (the
 * configured default, or the entity's tighter own). A target missed is recorded on the incident, in its timeline,
 * and announced as {@code io.rasmi.incident.sla-breached.v1}, once per incident and target: the database's primary
 * key decides, whichever replica sees it first.
 */
@ApplicationScoped
public class ResponseTargets {

    static final List<IncidentSeverity> APPLIES_TO = List.of(IncidentSeverity.HIGH, IncidentSeverity.CRITICAL);
    private static final Logger LOG = Logger.getLogger(ResponseTargets.class);

    @Inject
    ResponseTargetsConfig config;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    RecordLocks recordLocks;

    @Inject
    IncidentChanges changes;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Caller caller;

    @Transactional
    public ResponseTargetsView of(String entity) {
        EntityResponseTargets own = EntityResponseTargets.findById(entity);
        return view(own);
    }

    /** The entity's own targets; each no looser than the default (422 otherwise). */
    @Transactional
    public ResponseTargetsView tighten(String entity, ResponseTargetsRequest request) {
        List<Problem.Violation> looser = new ArrayList<>();
        if (request.triageMinutes() > defaultTriage()) {
            looser.add(new Problem.Violation("triageMinutes", null));
        }
        if (request.containmentMinutes() > defaultContainment()) {
            looser.add(new Problem.Violation("containmentMinutes", null));
        }
        if (!looser.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "targets.looser-than-default", null, looser,
                    defaultTriage(), defaultContainment());
        }
        EntityResponseTargets own = EntityResponseTargets.findById(entity);
        if (own == null) {
            own = new EntityResponseTargets();
            own.entity = entity;
        }
        own.triageMinutes = request.triageMinutes();
        own.containmentMinutes = request.containmentMinutes();
        own.updatedAt = clock.instant();
        own.updatedBy = caller.username();
        own.persist();
        auditTrail.record(entity, "incident.response-targets-set", "response-targets", entity,
                Map.of("triageMinutes", own.triageMinutes, "containmentMinutes", own.containmentMinutes));
        return view(own);
    }

    /**
     * Finds every target missed by now and not yet announced, and announces each in its own transaction (a failure
     * is logged and the scan goes on). Answers how many were announced by this call.
     */
    public int scan() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> candidates = QuarkusTransaction.requiringNew().call(() -> candidates(now));
        int announced = 0;
        for (Object[] candidate : candidates) {
            UUID incidentId = (UUID) candidate[0];
            IncidentSlaBreached.Target target = IncidentSlaBreached.Target.valueOf((String) candidate[1]);
            Instant dueAt = candidate[2] instanceof java.sql.Timestamp timestamp ? timestamp.toInstant()
                    : (Instant) candidate[2];
            try {
                if (QuarkusTransaction.requiringNew().call(() -> announce(incidentId, target, dueAt, now))) {
                    announced++;
                }
            } catch (RuntimeException failure) {
                LOG.warnf(failure, "Missed %s target of incident %s could not be recorded; the scan goes on", target,
                        incidentId);
            }
        }
        return announced;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> candidates(Instant now) {
        return entityManager.createNativeQuery("""
                select i.id, t.target, i.reported_at + make_interval(mins => t.minutes) as due_at
                from incident i
                left join entity_response_targets e on e.entity = i.entity
                cross join lateral (values
                    ('TRIAGE', coalesce(e.triage_minutes, ?1), i.triaged_at),
                    ('CONTAINMENT', coalesce(e.containment_minutes, ?2), i.contained_at)) as t(target, minutes, met_at)
                where i.state not in ('CLOSED', 'FALSE_POSITIVE')
                  and i.severity in ('HIGH', 'CRITICAL')
                  and coalesce(t.met_at, ?3) > i.reported_at + make_interval(mins => t.minutes)
                  and not exists (select 1 from incident_target_miss m
                                  where m.incident_id = i.id and m.target = t.target)
                order by i.id, t.target
                """)
                .setParameter(1, defaultTriage()).setParameter(2, defaultContainment()).setParameter(3, now)
                .getResultList();
    }

    private boolean announce(UUID incidentId, IncidentSlaBreached.Target target, Instant dueAt, Instant now) {
        Incident incident = recordLocks.inIdOrder(Incident.class, List.of(incidentId)).stream().findFirst()
                .orElse(null);
        if (incident == null) {
            return false;
        }
        int inserted = entityManager.createNativeQuery("insert into incident_target_miss "
                + "(incident_id, target, due_at, missed_at) values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, incidentId).setParameter(2, target.name()).setParameter(3, dueAt)
                .setParameter(4, now).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        outbox.publish(EventType.INCIDENT_SLA_BREACHED, incident.id, incident.entity,
                new IncidentSlaBreached(incident.id, incident.entity, target, incident.severity, incident.reportedAt,
                        dueAt, now));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("target", target.name());
        details.put("dueAt", dueAt.toString());
        changes.record(incident, TimelineKind.TARGET_MISSED, Timeline.SYSTEM,
                target == IncidentSlaBreached.Target.TRIAGE ? "Not triaged in time" : "Not contained in time",
                details);
        auditTrail.record(incident.entity, "incident.target-missed", "incident", incident.id, details);
        return true;
    }

    private ResponseTargetsView view(EntityResponseTargets own) {
        return new ResponseTargetsView(own == null ? defaultTriage() : own.triageMinutes,
                own == null ? defaultContainment() : own.containmentMinutes, defaultTriage(), defaultContainment(),
                APPLIES_TO);
    }

    private int defaultTriage() {
        return minutes(config.triage());
    }

    private int defaultContainment() {
        return minutes(config.containment());
    }

    private static int minutes(Duration duration) {
        return (int) Math.max(1, duration.toMinutes());
    }
}
