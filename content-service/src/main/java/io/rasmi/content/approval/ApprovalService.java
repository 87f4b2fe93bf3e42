package io.rasmi.content.approval;

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

import io.rasmi.content.items.ContentItem;
import io.rasmi.content.lifecycle.Transition;
import io.rasmi.events.ContentApproved;
import io.rasmi.events.ContentState;
import io.rasmi.events.EventType;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.problem.ProblemException;

/**
 * Four eyes before anything is published (G4.3.d): an approver other than the author decides on the exact content
 * submitted, bound to its SHA-256. APPROVE needs the facts checked (G7.3.a) and the topic neutral (G7.3.b); a
 * campaign or paid promotion needs two distinct approvers (G4.3.b). When enough approvers approved the current
 * content the item is APPROVED and {@code io.rasmi.content.approved.v1} is emitted; REQUEST_CHANGES sends it back
 * and voids the approvals given so far.
 */
@ApplicationScoped
public class ApprovalService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    @Transactional
    public ApprovalView decide(String entity, UUID contentId, ApprovalRequest request, String approverId,
            String approverName) {
        ContentItem item = ContentItem.lockForEntity(contentId, entity);
        Transition step = request.decision() == ApprovalDecision.APPROVE ? Transition.APPROVAL
                : Transition.CHANGES_REQUEST;
        step.requireAllowedFrom(item.state);
        if (!item.contentHash.equals(request.contentHash())) {
            throw ProblemException.conflict("approval.content-changed");
        }
        if (item.authorId.equals(approverId)) {
            throw ProblemException.ruleViolated("G4.3.d", "approval.own-content");
        }
        if (request.decision() == ApprovalDecision.APPROVE) {
            if (!request.factChecked()) {
                throw ProblemException.ruleViolated("G7.3.a", "approval.not-fact-checked");
            }
            if (!request.neutral()) {
                throw ProblemException.ruleViolated("G7.3.b", "approval.not-neutral");
            }
            if (ContentApproval.approversOf(item).contains(approverId)) {
                throw ProblemException.conflict("approval.already-given");
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ContentApproval approval = new ContentApproval();
        approval.id = UUID.randomUUID();
        approval.contentId = item.id;
        approval.entity = entity;
        approval.approverId = approverId;
        approval.approverName = approverName;
        approval.decision = request.decision();
        approval.factChecked = request.factChecked();
        approval.neutral = request.neutral();
        approval.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        approval.contentHash = item.contentHash;
        approval.decidedAt = now;
        approval.persist();

        ContentState from = item.state;
        if (request.decision() == ApprovalDecision.REQUEST_CHANGES) {
            ContentApproval.voidAll(item.id, now);
            move(item, Transition.CHANGES_REQUEST, now);
        } else {
            List<String> approvers = ContentApproval.approversOf(item);
            if (!approvers.contains(approverId)) {
                approvers = new java.util.ArrayList<>(approvers);
                approvers.add(approverId); // not flushed yet
            }
            if (approvers.size() >= item.approvalsRequired()) {
                move(item, Transition.APPROVAL, now);
                outbox.publish(EventType.CONTENT_APPROVED, item.id, entity,
                        new ContentApproved(item.id, entity, item.contentHash, approvers.size(), now));
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decision", request.decision().name());
        details.put("contentHash", item.contentHash);
        details.put("from", from.name());
        details.put("to", item.state.name());
        auditTrail.record(entity, "content.approval", "content-item", item.id, details);
        return ApprovalView.of(approval, item.contentHash, item.state);
    }

    @Transactional
    public List<ApprovalView> list(String entity, UUID contentId) {
        ContentItem item = ContentItem.requireForEntity(contentId, entity);
        return ContentApproval.ofItem(item.id).stream()
                .map(approval -> ApprovalView.of(approval, item.contentHash, item.state)).toList();
    }

    private static void move(ContentItem item, Transition transition, Instant now) {
        item.state = transition.to();
        item.updatedAt = now;
    }
}
