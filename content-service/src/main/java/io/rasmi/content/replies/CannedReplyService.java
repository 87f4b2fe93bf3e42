package io.rasmi.content.replies;

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

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.rasmi.content.moderation.CommentScreening;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.http.MergePatches;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.text.TextNormalizer;

/**
 * Canned replies (G7.7): prepared by a publisher, approved by an approver who is not the author, for the exact text
 * (G4.3.d); an edit voids the approval. Moderators find them by words, written however (diacritics, tatweel, letter
 * variants), and may use only approved ones.
 */
@ApplicationScoped
public class CannedReplyService {

    /** The longest text query. */
    public static final int MAX_QUERY = 200;

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    @Inject
    MergePatches mergePatches;

    @Inject
    CommentScreening screening;

    @Transactional
    public CannedReplyView create(String entity, String authorId, String authorName, CannedReplyDraft request) {
        CannedReplyDraft draft = request.tidy();
        requireClean(entity, draft);
        Instant now = now();
        CannedReply reply = new CannedReply();
        reply.id = UUID.randomUUID();
        reply.entity = entity;
        reply.authorId = authorId;
        reply.authorName = authorName;
        reply.setContent(draft);
        reply.createdAt = now;
        reply.updatedAt = now;
        reply.persist();
        auditTrail.record(entity, "canned-reply.created", "canned-reply", reply.id,
                Map.of("contentHash", reply.contentHash));
        return CannedReplyView.of(reply);
    }

    @Transactional
    public CannedReplyView get(String entity, UUID id) {
        return CannedReplyView.of(CannedReply.requireForEntity(id, entity));
    }

    /** The entity's replies whose words contain every word of {@code q} (normalised), newest first. */
    @Transactional
    public Page<CannedReplyView> search(String entity, String q, Boolean approved, PageRequest page) {
        if (q != null && q.length() > MAX_QUERY) {
            throw ProblemException.invalidField("q", "canned-reply.query-too-long", MAX_QUERY);
        }
        StringBuilder where = new StringBuilder("entity = :entity");
        Parameters parameters = Parameters.with("entity", entity);
        List<String> words = TextNormalizer.tokens(q);
        for (int i = 0; i < words.size(); i++) {
            // Tokens are letters and digits only, so they hold no LIKE wildcard.
            where.append(" and searchText like :w").append(i);
            parameters.and("w" + i, "%" + words.get(i) + "%");
        }
        if (approved != null) {
            where.append(approved ? " and approvedHash is not null and approvedHash = contentHash"
                    : " and (approvedHash is null or approvedHash <> contentHash)");
        }
        PanacheQuery<CannedReply> query = CannedReply.find(where + " order by updatedAt desc, id", parameters);
        return Page.of(query, page, CannedReplyView::of);
    }

    /** A JSON merge patch of the reply's text, if {@code ifMatch} names its version; a change voids the approval. */
    @Transactional
    public CannedReplyView update(String entity, UUID id, String ifMatch, JsonNode patch) {
        CannedReply reply = CannedReply.lockForEntity(id, entity);
        Versions.requireMatch(ifMatch, reply.version);
        List<String> patched = mergePatches.patchedFields(patch, CannedReplyDraft.FIELDS, "content.patch-not-object");
        CannedReplyDraft before = reply.draft();
        CannedReplyDraft after = mergePatches.apply(before, patch, CannedReplyDraft.class).tidy();
        if (after.equals(before)) {
            return CannedReplyView.of(reply);
        }
        requireClean(entity, after);
        boolean wasApproved = reply.approved();
        reply.setContent(after);
        reply.updatedAt = now();
        CannedReply.flush(); // so that the answer carries the new version
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fields", patched.stream().sorted().toList());
        details.put("contentHash", reply.contentHash);
        details.put("approvalVoided", wasApproved);
        auditTrail.record(entity, "canned-reply.edited", "canned-reply", reply.id, details);
        return CannedReplyView.of(reply);
    }

    /**
     * An approver approves the exact text ({@code contentHash}; 409 if it changed since it was read). The author
     * never approves their own reply (422, G4.3.d).
     */
    @Transactional
    public CannedReplyView approve(String entity, UUID id, CannedReplyApproval request, String approverId,
            String approverName) {
        CannedReply reply = CannedReply.lockForEntity(id, entity);
        if (!reply.contentHash.equals(request.contentHash())) {
            throw ProblemException.conflict("canned-reply.content-changed");
        }
        if (reply.authorId.equals(approverId)) {
            throw ProblemException.ruleViolated("G4.3.d", "canned-reply.own-reply");
        }
        if (reply.approved()) {
            throw ProblemException.conflict("canned-reply.already-approved");
        }
        reply.approvedById = approverId;
        reply.approvedByName = approverName;
        reply.approvedHash = reply.contentHash;
        reply.approvedAt = now();
        auditTrail.record(entity, "canned-reply.approved", "canned-reply", reply.id,
                Map.of("contentHash", reply.contentHash));
        return CannedReplyView.of(reply);
    }

    /** The entity's reply for use in an answer: 404 if it is not the entity's, 409 (G7.7) unless it is approved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CannedReply requireUsable(String entity, UUID id) {
        CannedReply reply = CannedReply.requireForEntity(id, entity);
        if (!reply.approved()) {
            throw ProblemException.conflictWithClause("G7.7", "canned-reply.not-approved");
        }
        return reply;
    }

    /**
     * What a canned reply says to the public is screened as a moderator's reply is (G7.7 with G4.3.j, G6.i, G8.5,
     * G7.6): any finding refuses it with 422 naming the field, clause and position. The topic and the question
     * patterns stay internal (patterns quote the public, insults included), so they are not screened.
     */
    private void requireClean(String entity, CannedReplyDraft draft) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("replyAr", draft.replyAr());
        texts.put("replyEn", draft.replyEn());
        screening.requireClean(entity, texts, "canned-reply.blocked");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
