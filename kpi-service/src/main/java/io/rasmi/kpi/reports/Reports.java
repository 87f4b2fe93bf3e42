package io.rasmi.kpi.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rasmi.events.EventType;
import io.rasmi.events.ReportGenerated;
import io.rasmi.events.TargetMissed;
import io.rasmi.kpi.config.KpiConfig;
import io.rasmi.kpi.targets.AttainmentView;
import io.rasmi.kpi.targets.Target;
import io.rasmi.kpi.targets.TargetPeriod;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.problem.ProblemException;

/**
 * Reports to management: made once per entity and period after the period closes (by the schedule, or by the first
 * request that finds it missing), stored as JSON, and announced with the targets found missed in it.
 */
@ApplicationScoped
public class Reports {

    private static final Logger LOG = Logger.getLogger(Reports.class);

    @Inject
    EntityManager entityManager;

    @Inject
    ReportContents contents;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    KpiConfig config;

    /** A stored report, as the JSON it was stored as. */
    public record Stored(String json) {
    }

    /**
     * The entity's report for {@code period}: the stored one, else made now if the period closed at least
     * {@code kpi.reports.grace} ago (a director asking before the schedule ran, or after it was down, gets the
     * report, and the same one the schedule would have made); else 404, naming when it will be ready.
     */
    public Stored report(String entity, ReportPeriod period) {
        Optional<Stored> stored = stored(entity, period);
        if (stored.isPresent()) {
            return stored.get();
        }
        Instant readyAt = readyAt(period);
        if (clock.instant().isBefore(readyAt)) {
            throw ProblemException.notFound("kpi.report.not-ready", period.code(), readyAt.toString());
        }
        generate(entity, period);
        return stored(entity, period).orElseThrow();
    }

    /** When the period's report is made: {@code kpi.reports.grace} after the period closes. */
    public Instant readyAt(ReportPeriod period) {
        return period.closesAt().plus(config.reports().grace());
    }

    @Transactional
    public Optional<Stored> stored(String entity, ReportPeriod period) {
        List<?> rows = entityManager.createNativeQuery("select content::text from kpi_report where entity = ?1 "
                + "and period = ?2").setParameter(1, entity).setParameter(2, period.code()).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Stored((String) rows.get(0)));
    }

    /**
     * Makes and stores the report unless it exists; answers whether this call made it. Two callers at once (two
     * replicas, or the schedule and a request) meet on the table's key: one insert wins and only it announces the
     * report and its missed targets, so each target and period is announced once.
     */
    @Transactional
    public boolean generate(String entity, ReportPeriod period) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ReportView report = contents.build(UUID.randomUUID(), entity, period, now);
        String content;
        try {
            content = json.writeValueAsString(report);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("A report could not be written as JSON", unwritable);
        }
        int inserted = entityManager.createNativeQuery("insert into kpi_report (id, entity, period, kind, "
                + "period_start, period_end, generated_at, content) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb)) "
                + "on conflict (entity, period) do nothing")
                .setParameter(1, report.id()).setParameter(2, entity).setParameter(3, period.code())
                .setParameter(4, period.kind().name()).setParameter(5, period.start()).setParameter(6, period.end())
                .setParameter(7, now).setParameter(8, content)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        int missed = 0;
        for (ReportView.AccountSection section : report.accounts()) {
            for (AttainmentView.Item item : section.targets()) {
                if (Boolean.FALSE.equals(item.met())) {
                    announceMissed(entity, section.account().id(), period, item, now);
                    missed++;
                }
            }
        }
        outbox.publish(EventType.KPI_REPORT_GENERATED, report.id(), entity, new ReportGenerated(report.id(), entity,
                period.code(), period.start(), period.end(), report.accounts().size(), missed, now));
        LOG.infof("Report %s of %s made: %d account(s), %d target(s) missed", period.code(), entity,
                report.accounts().size(), missed);
        return true;
    }

    private void announceMissed(String entity, UUID accountId, ReportPeriod period, AttainmentView.Item item,
            Instant now) {
        Target target = Target.<Target>find("accountId = ?1 and metric = ?2 and period = ?3", accountId,
                item.metric(), period.kind()).firstResult();
        if (target == null) {
            return;
        }
        outbox.publish(EventType.KPI_TARGET_MISSED, target.id, entity, new TargetMissed(target.id, entity, accountId,
                item.metric().name(), period.code(), item.target().doubleValue(), item.actual().doubleValue(), now));
    }

    /**
     * Makes every entity's newest weekly and monthly report that is ready and missing; answers how many it made.
     * An entity whose report fails is logged and the others go on.
     */
    public int makeDue(Instant now) {
        Instant closedBefore = now.minus(config.reports().grace());
        List<String> entities = entities();
        int made = 0;
        for (String entity : entities) {
            for (TargetPeriod kind : List.of(TargetPeriod.WEEK, TargetPeriod.MONTH)) {
                ReportPeriod period = ReportPeriod.lastClosed(kind, closedBefore);
                try {
                    if (stored(entity, period).isEmpty() && generate(entity, period)) {
                        made++;
                    }
                } catch (RuntimeException failed) {
                    LOG.errorf(failed, "Report %s of %s could not be made", period.code(), entity);
                }
            }
        }
        return made;
    }

    @Transactional
    List<String> entities() {
        return entityManager.createQuery("select distinct a.entity from KnownAccount a order by a.entity",
                String.class).getResultList();
    }
}
