package io.rasmi.account.posture;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rasmi.account.entities.GovernmentEntity;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.EventType;
import io.rasmi.events.PasswordRotationOverdue;
import io.rasmi.events.PostureChanged;
import io.rasmi.events.ReviewKind;
import io.rasmi.events.ReviewOverdue;
import io.rasmi.account.passwords.PasswordRotations;
import io.rasmi.account.reviews.Reviews;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.problem.ProblemMessages;

/**
 * The posture report: every control of {@link GuidelineControl} evaluated against an account's facts. Reading a
 * report changes nothing; {@link #reevaluate} records the outcome, emits {@code posture-changed} when the set of
 * failing clauses changes, and the overdue events once per overdue period.
 */
@ApplicationScoped
public class PostureService {

    private static final Logger LOG = Logger.getLogger(PostureService.class);

    @Inject
    Clock clock;

    @Inject
    AccountFactsLoader factsLoader;

    @Inject
    PostureConfig config;

    @Inject
    ProblemMessages messages;

    @Inject
    Reviews reviews;

    @Inject
    PasswordRotations passwordRotations;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Transactional
    public PostureReport report(String entityCode, UUID accountId, Locale locale) {
        OfficialAccount account = OfficialAccount.findForEntity(accountId, entityCode)
                .orElseThrow(() -> ProblemException.notFound("account.not-found"));
        return evaluate(account, now(), locale);
    }

    @Transactional
    public List<AccountPostureSummary> entityPosture(String entityCode) {
        Instant now = now();
        List<AccountPostureSummary> lines = new ArrayList<>();
        for (OfficialAccount account : OfficialAccount.<OfficialAccount>list(
                "entityCode = ?1 and status <> ?2 order by platform, handleKey", entityCode, AccountStatus.ARCHIVED)) {
            PostureReport report = evaluate(account, now, ProblemMessages.ENGLISH);
            lines.add(new AccountPostureSummary(account.id, account.platform, account.handle, account.status,
                    report.score(), report.failingClauses()));
        }
        return lines;
    }

    @Transactional
    public List<EntityPostureRollup> national() {
        List<EntityPostureRollup> rollups = new ArrayList<>();
        for (GovernmentEntity entity : GovernmentEntity.<GovernmentEntity>listAll(
                io.quarkus.panache.common.Sort.by("code"))) {
            List<AccountPostureSummary> lines = entityPosture(entity.code);
            Map<String, Integer> failing = new TreeMap<>();
            lines.forEach(line -> line.failingClauses().forEach(clause -> failing.merge(clause, 1, Integer::sum)));
            int average = lines.isEmpty() ? 0
                    : (int) Math.floor(lines.stream().mapToInt(AccountPostureSummary::score).average().orElse(0));
            int compliant = (int) lines.stream().filter(line -> line.score() == 100).count();
            rollups.add(new EntityPostureRollup(entity.code, entity.nameAr, entity.nameEn, lines.size(), compliant,
                    average, failing));
        }
        return rollups;
    }

    /** What a run over every account did: how many accounts it took up, and how many of them failed. */
    public record PostureRun(int accounts, int failed) {
    }

    /**
     * The daily run, once across replicas: the first replica to claim the scheduled time in the database runs it,
     * any other finds it claimed and returns empty.
     */
    public Optional<PostureRun> reevaluateAllOnce(Instant scheduledFor) {
        Instant slot = scheduledFor.truncatedTo(ChronoUnit.MINUTES);
        int claimed = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "insert into posture_run (scheduled_for, claimed_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, slot).setParameter(2, now()).executeUpdate());
        if (claimed == 0) {
            LOG.infof("Posture run of %s already claimed by another replica", slot);
            return Optional.empty();
        }
        return Optional.of(reevaluateAll());
    }

    /**
     * Every account that is not archived, re-evaluated each in its own transaction: a failure is counted and
     * logged, and the run goes on with the next account.
     */
    public PostureRun reevaluateAll() {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select id from OfficialAccount where status <> ?1 order by id", UUID.class)
                .setParameter(1, AccountStatus.ARCHIVED).getResultList());
        int failed = 0;
        for (UUID id : ids) {
            try {
                reevaluate(id);
            } catch (RuntimeException failure) {
                failed++;
                LOG.warnf(failure, "Posture evaluation of account %s failed; the run goes on", id);
            }
        }
        if (failed > 0) {
            LOG.warnf("Posture run: %d of %d accounts failed", failed, ids.size());
        }
        return new PostureRun(ids.size(), failed);
    }

    /**
     * Records the account's posture now, and emits what changed or fell overdue. Evaluations of one account are
     * serialised (a transaction-scoped advisory lock, on every replica), so two at once do not both see "no record
     * yet" and announce the same change twice; the record itself is written as an upsert.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public PostureReport reevaluate(UUID accountId) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)")
                .setParameter(1, accountId.getMostSignificantBits() ^ accountId.getLeastSignificantBits())
                .getSingleResult();
        OfficialAccount account = OfficialAccount.findById(accountId);
        Instant now = now();
        PostureReport report = evaluate(account, now, ProblemMessages.ENGLISH);
        List<String> failing = report.failingClauses();
        PostureRecord previous = PostureRecord.findById(accountId);
        List<String> before = previous == null ? List.of() : previous.failing();
        if (previous == null || !before.equals(failing)) {
            outbox.publish(EventType.ACCOUNT_POSTURE_CHANGED, account.id, account.entityCode,
                    new PostureChanged(account.id, account.entityCode, report.score(), failing, before, now));
        }
        PostureRecord.record(account, report, now);
        if (isLive(account)) {
            noticeOverdueRotation(account, report, now);
            noticeOverdueReviews(account, now);
        }
        return report;
    }

    PostureReport evaluate(OfficialAccount account, Instant now, Locale locale) {
        AccountFacts facts = factsLoader.load(account, now);
        PostureRules rules = PostureRules.of(now, config);
        Map<String, PostureRecord.ControlState> watched = PostureRecord.controlStates(account.id);
        List<PostureReport.Control> controls = new ArrayList<>();
        int applicable = 0;
        int passing = 0;
        for (GuidelineControl control : GuidelineControl.values()) {
            ControlOutcome outcome = control.evaluate(facts, rules);
            if (outcome.status() != ControlStatus.NOT_APPLICABLE) {
                applicable++;
                // A warning meets the clause (one admin still is an admin); it shows, but does not lower the score.
                if (outcome.status() == ControlStatus.PASS || outcome.status() == ControlStatus.WARN) {
                    passing++;
                }
            }
            PostureRecord.ControlState state = watched.get(control.clause());
            Instant since = state != null && state.status() == outcome.status() ? state.since() : now;
            boolean wantsAction = outcome.status() == ControlStatus.FAIL
                    || outcome.status() == ControlStatus.MISSING_EVIDENCE || outcome.status() == ControlStatus.WARN;
            controls.add(new PostureReport.Control(control.clause(), control.titleAr(), control.titleEn(),
                    outcome.status(), messages.text(outcome.detailKey(), locale, outcome.arguments()), since,
                    wantsAction ? remedy(control, outcome, locale) : null));
        }
        // Floor, so that 100 means every applicable control passes and nothing less.
        int score = applicable == 0 ? 100 : (int) Math.floor(100.0 * passing / applicable);
        return new PostureReport(account.id, score, now, controls);
    }

    /** The remedy for this very finding where there is one (no history is not an unknown device), else the clause's. */
    private String remedy(GuidelineControl control, ControlOutcome outcome, Locale locale) {
        String specific = outcome.detailKey() + ".remedy";
        String text = messages.text(specific, locale, new Object[0]);
        return text.equals(specific) ? messages.text("posture." + control.clause() + ".remedy", locale, new Object[0])
                : text;
    }

    private void noticeOverdueRotation(OfficialAccount account, PostureReport report, Instant now) {
        Optional<PostureReport.Control> rotation = report.controls().stream()
                .filter(control -> control.clause().equals("G6.g") && control.status() == ControlStatus.FAIL)
                .findFirst();
        if (rotation.isEmpty()) {
            return;
        }
        Instant dueAt = passwordRotations.latest(account.id).map(latest -> latest.nextDueAt()).orElse(null);
        if (dueAt != null && PostureNotice.firstFor(account.id, "password-rotation", dueAt.toString(), now)) {
            outbox.publish(EventType.ACCOUNT_PASSWORD_ROTATION_OVERDUE, account.id, account.entityCode,
                    new PasswordRotationOverdue(account.id, account.entityCode, dueAt, now));
        }
    }

    private void noticeOverdueReviews(OfficialAccount account, Instant now) {
        for (ReviewKind kind : ReviewKind.values()) {
            var due = reviews.due(account.id, kind, now);
            if (due.overdue() && PostureNotice.firstFor(account.id, "review-" + kind.name(), due.dueAt().toString(),
                    now)) {
                outbox.publish(EventType.ACCOUNT_REVIEW_OVERDUE, account.id, account.entityCode,
                        new ReviewOverdue(account.id, account.entityCode, kind, due.lastReviewedAt(), due.dueAt(),
                                now));
            }
        }
    }

    private static boolean isLive(OfficialAccount account) {
        return account.status == AccountStatus.ACTIVE || account.status == AccountStatus.SUSPENDED
                || account.status == AccountStatus.COMPROMISED;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
