package io.rasmi.content.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.rasmi.content.replies.CannedReply;
import io.rasmi.content.replies.CannedReplyService;
import io.rasmi.directory.KnownAccounts;
import io.rasmi.events.AccountRole;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.problem.ProblemType;

/**
 * The moderation queue and the moderators' actions (G4.3.f, G4.3.j, G7.6, G7.7, G7.8). Who moderates an account is
 * data of account-service (its role holders, G6.a), read from the account directory; the caller is known by the
 * staff id in their token. Only an account's MODERATOR role holders act on its comments; the unit's head and
 * management see every account's queue, a moderator the queues of the accounts they moderate.
 */
@ApplicationScoped
public class ModerationQueue {

    private static final TypeReference<List<ScreeningFinding>> FINDINGS = new TypeReference<>() {
    };

    @Inject
    KnownAccounts knownAccounts;

    @Inject
    CommentScreening screening;

    @Inject
    CannedReplyService cannedReplies;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Clock clock;

    /** Who is asking for the queue: their staff id, and whether they see every account of the entity. */
    public record Viewer(Optional<UUID> staffId, boolean seesAllAccounts) {
    }

    /** The entity's comments the viewer may see, oldest first, filtered. */
    @Transactional
    public Page<CommentView> list(String entity, Viewer viewer, String accountId, Boolean flagged, Boolean answered,
            PageRequest page) {
        StringBuilder where = new StringBuilder("entity = :entity");
        Parameters parameters = Parameters.with("entity", entity);
        if (accountId != null && !accountId.isBlank()) {
            UUID account = uuid(accountId, "accountId");
            knownAccounts.findForEntity(account, entity)
                    .orElseThrow(() -> ProblemException.notFound("account.not-found"));
            if (!viewer.seesAllAccounts() && !moderates(account, viewer.staffId())) {
                throw notModerator();
            }
            where.append(" and accountId = :account");
            parameters.and("account", account);
        } else if (!viewer.seesAllAccounts()) {
            where.append(" and accountId in :accounts");
            parameters.and("accounts", moderatedAccounts(entity, viewer.staffId()));
        }
        if (flagged != null) {
            where.append(" and flagged = :flagged");
            parameters.and("flagged", flagged);
        }
        if (answered != null) {
            where.append(answered ? " and firstReplyAt is not null" : " and firstReplyAt is null");
        }
        PanacheQuery<Comment> query = Comment.find(where + " order by commentedAt, id", parameters);
        return Page.of(query, page, this::view);
    }

    /**
     * Records an action of one of the account's moderators on the comment. A reply is free text, screened first (any
     * finding refuses it, 422 naming the clauses), or an approved canned reply of the entity, which the action names.
     */
    @Transactional
    public ActionView act(String entity, UUID commentId, Optional<UUID> staffId, String actorName,
            ActionRequest request) {
        requireShape(request);
        Comment comment = Comment.lockForEntity(commentId, entity);
        if (!moderates(comment.accountId, staffId)) {
            throw notModerator();
        }
        String text = null;
        UUID cannedReplyId = null;
        if (request.action() == ModerationAction.REPLY) {
            if (request.cannedReplyId() != null) {
                CannedReply reply = cannedReplies.requireUsable(entity, request.cannedReplyId());
                cannedReplyId = reply.id;
                text = "en".equals(comment.language) && reply.replyEn != null ? reply.replyEn : reply.replyAr;
            } else {
                text = request.text().strip();
                requireClean(entity, text);
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CommentAction action = new CommentAction();
        action.id = UUID.randomUUID();
        action.commentId = comment.id;
        action.entity = entity;
        action.action = request.action();
        action.text = text;
        action.cannedReplyId = cannedReplyId;
        action.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        action.staffId = staffId.orElseThrow();
        action.actorName = actorName;
        action.at = now;
        action.persist();

        CommentStatus from = comment.status;
        comment.status = CommentStatus.after(request.action());
        comment.lastActionAt = now;
        if (request.action() == ModerationAction.REPLY && comment.firstReplyAt == null) {
            comment.firstReplyAt = now;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", request.action().name());
        details.put("accountId", comment.accountId.toString());
        details.put("from", from.name());
        details.put("to", comment.status.name());
        if (cannedReplyId != null) {
            details.put("cannedReplyId", cannedReplyId.toString());
        }
        auditTrail.record(entity, "comment.action", "comment", comment.id, details);
        return ActionView.of(action, comment.status);
    }

    /** The actions on the entity's comment, oldest first. */
    @Transactional
    public List<ActionView> actions(String entity, UUID commentId) {
        Comment comment = Comment.findForEntity(commentId, entity)
                .orElseThrow(() -> ProblemException.notFound("comment.not-found"));
        return CommentAction.ofComment(comment.id).stream().map(a -> ActionView.of(a, comment.status)).toList();
    }

    CommentView view(Comment comment) {
        return new CommentView(comment.id, comment.accountId, comment.platform, comment.platformCommentId,
                comment.postUrl, comment.authorHandle, comment.text, comment.language, comment.commentedAt,
                comment.receivedAt, comment.flagged, findings(comment.findings), comment.status,
                comment.firstReplyAt, comment.lastActionAt);
    }

    private static void requireShape(ActionRequest request) {
        boolean hasText = request.text() != null && !request.text().isBlank();
        boolean hasCanned = request.cannedReplyId() != null;
        if (request.action() == ModerationAction.REPLY) {
            if (hasText == hasCanned) {
                throw ProblemException.invalidField(hasText ? "cannedReplyId" : "text", "comment.reply-needs-one");
            }
        } else if (hasText || hasCanned) {
            throw ProblemException.invalidField(hasText ? "text" : "cannedReplyId", "comment.only-reply-has-text");
        }
    }

    private void requireClean(String entity, String text) {
        screening.requireClean(entity, Map.of("text", text), "comment.reply-blocked");
    }

    private boolean moderates(UUID accountId, Optional<UUID> staffId) {
        return staffId.isPresent() && knownAccounts.holdsRole(accountId, staffId.get(), AccountRole.MODERATOR);
    }

    private List<UUID> moderatedAccounts(String entity, Optional<UUID> staffId) {
        if (staffId.isEmpty()) {
            return List.of(new UUID(0, 0));
        }
        List<UUID> accounts = entityManager.createQuery("select a.id from KnownAccount a join a.roleHolders h "
                + "where a.entity = ?1 and h.staffId = ?2 and h.role = ?3", UUID.class)
                .setParameter(1, entity)
                .setParameter(2, staffId.get())
                .setParameter(3, AccountRole.MODERATOR)
                .getResultList();
        return accounts.isEmpty() ? List.of(new UUID(0, 0)) : accounts; // "in ()" is not valid SQL
    }

    /** Only the account's moderators act on its comments (G7.6: trained staff assigned to reply). */
    private static ProblemException notModerator() {
        return new ProblemException(ProblemType.FORBIDDEN, "comment.not-a-moderator", "G7.6", null);
    }

    private static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.invalidField(field, "request.invalid-value", field);
        }
    }

    private List<ScreeningFinding> findings(String json) {
        try {
            return objectMapper.readValue(json, FINDINGS);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("Stored findings cannot be read", unreadable);
        }
    }
}
