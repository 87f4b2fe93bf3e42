package io.rasmi.content.lifecycle;

import io.rasmi.content.checks.ItemChecks;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.content.approval.ContentApproval;
import io.rasmi.content.items.ContentItem;
import io.rasmi.content.items.ContentService;
import io.rasmi.content.items.ContentView;
import io.rasmi.content.items.TargetAccounts;
import io.rasmi.events.ContentScheduled;
import io.rasmi.events.ContentState;
import io.rasmi.events.ContentSubmitted;
import io.rasmi.events.ContentWithdrawn;
import io.rasmi.events.EventType;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.problem.ProblemException;

/**
 * Moves content items through their lifecycle ({@link Transition}) when what each step needs is there: submission,
 * scheduling, withdrawal, and the freezes the account directory drives. Approvals move items too
 * ({@code approval.ApprovalService}), and so do publications ({@code publishing.PublicationService}).
 */
@ApplicationScoped
public class ContentLifecycle {

    @Inject
    ItemChecks itemChecks;

    @Inject
    Clock clock;

    @Inject
    TargetAccounts targetAccounts;

    @Inject
    SubmissionGate submissionGate;

    @Inject
    ContentService contentService;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    /**
     * DRAFT or CHANGES_REQUESTED → SUBMITTED: the item goes to its approvers. Its target accounts must all be the
     * entity's and ACTIVE, and the pre-publication checks must find no BLOCKER. Emits
     * {@code io.rasmi.content.submitted.v1}.
     */
    @Transactional
    public ContentView submit(String entity, UUID id, String ifMatch) {
        ContentItem item = load(entity, id, ifMatch);
        Transition.SUBMISSION.requireAllowedFrom(item.state);
        targetAccounts.requireActive(entity, item.targetAccountIds);

        // ── CHECK GATE ── the pre-publication checks run here, on the exact content about to go to the approvers
        // (item.draft()); a BLOCKER throws a ProblemException with its clause and nothing below happens.
        submissionGate.beforeSubmission(item);

        ContentState from = item.state;
        Instant now = now();
        ContentApproval.voidAll(item.id, now); // a new round: approvals are given to what is submitted now
        move(item, Transition.SUBMISSION, now);
        outbox.publish(EventType.CONTENT_SUBMITTED, item.id, entity, new ContentSubmitted(item.id, entity,
                List.copyOf(new java.util.TreeSet<>(item.targetAccountIds)), item.contentHash,
                item.approvalsRequired(), now));
        audit(item, from, null);
        return contentService.view(item);
    }

    /**
     * APPROVED → SCHEDULED for its planned time, which must be set and ahead; every target account must be ACTIVE.
     * Emits {@code io.rasmi.content.scheduled.v1}.
     */
    @Transactional
    public ContentView schedule(String entity, UUID id, String ifMatch) {
        ContentItem item = load(entity, id, ifMatch);
        Transition.SCHEDULING.requireAllowedFrom(item.state);
        Instant now = now();
        if (item.plannedAt == null) {
            throw ProblemException.unprocessable("content.planned-at-required");
        }
        if (!item.plannedAt.isAfter(now)) {
            throw ProblemException.unprocessable("content.planned-at-past", item.plannedAt);
        }
        targetAccounts.requireActive(entity, item.targetAccountIds);
        ContentState from = item.state;
        move(item, Transition.SCHEDULING, now);
        itemChecks.recordScheduled(item);
        outbox.publish(EventType.CONTENT_SCHEDULED, item.id, entity, new ContentScheduled(item.id, entity,
                List.copyOf(new java.util.TreeSet<>(item.targetAccountIds)), item.plannedAt, now));
        audit(item, from, null);
        return contentService.view(item);
    }

    /** Any state but WITHDRAWN → WITHDRAWN, with the reason. Emits {@code io.rasmi.content.withdrawn.v1}. */
    @Transactional
    public ContentView withdraw(String entity, UUID id, String ifMatch, String reason) {
        ContentItem item = load(entity, id, ifMatch);
        Transition.WITHDRAWAL.requireAllowedFrom(item.state);
        ContentState from = item.state;
        Instant now = now();
        move(item, Transition.WITHDRAWAL, now);
        itemChecks.forget(item.id);
        outbox.publish(EventType.CONTENT_WITHDRAWN, item.id, entity,
                new ContentWithdrawn(item.id, entity, from, reason.strip(), now));
        audit(item, from, reason.strip());
        return contentService.view(item);
    }

    /**
     * SCHEDULED → FROZEN for each item planned for the account, which is no longer ACTIVE; or FROZEN → SCHEDULED for
     * each item whose every target account is ACTIVE again. Runs in the account directory's transaction (see
     * {@code freezing.AccountFreezes}); items are locked in id order, then the audit chain.
     *
     * @return how many items moved
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int freezeOrThaw(UUID accountId, boolean accountActive, String reason) {
        Transition transition = accountActive ? Transition.THAW : Transition.FREEZE;
        List<UUID> ids = ContentItem.getEntityManager().createQuery("select c.id from ContentItem c "
                + "where ?1 member of c.targetAccountIds and c.state in ?2 order by c.id", UUID.class)
                .setParameter(1, accountId)
                .setParameter(2, transition.from())
                .getResultList();
        int moved = 0;
        for (UUID id : ids) {
            ContentItem item = ContentItem.findById(id);
            ContentItem.getEntityManager().refresh(item, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (!transition.allowedFrom(item.state)
                    || accountActive && !targetAccounts.allActive(item.targetAccountIds)) {
                continue;
            }
            ContentState from = item.state;
            move(item, transition, now());
            audit(item, from, reason);
            moved++;
        }
        return moved;
    }

    private ContentItem load(String entity, UUID id, String ifMatch) {
        ContentItem item = ContentItem.lockForEntity(id, entity);
        if (ifMatch != null) {
            Versions.requireMatch(ifMatch, item.version);
        }
        return item;
    }

    private static void move(ContentItem item, Transition transition, Instant now) {
        item.state = transition.to();
        item.updatedAt = now;
        ContentItem.flush(); // so that the answer carries the new version
    }

    private void audit(ContentItem item, ContentState from, String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.name());
        details.put("to", item.state.name());
        if (reason != null) {
            details.put("reason", reason);
        }
        auditTrail.record(item.entity, "content.state-changed", "content-item", item.id, details);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
