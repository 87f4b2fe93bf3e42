package io.rasmi.content.replies;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rasmi.platform.json.Fingerprints;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.text.TextNormalizer;

/**
 * A canned reply of an entity (G7.7). It may be used in answers only while an approver other than its author has
 * approved its exact text: the approval keeps the SHA-256 it was given for, and an edit clears it (G4.3.d).
 */
@Entity
@Table(name = "canned_reply")
public class CannedReply extends PanacheEntityBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    public UUID id;

    @Column(nullable = false)
    public String entity;

    @Column(nullable = false)
    public String topic;

    /** The patterns as a JSON array of strings. */
    @Column(name = "question_patterns", nullable = false)
    public String questionPatterns;

    @Column(name = "reply_ar", nullable = false)
    public String replyAr;

    @Column(name = "reply_en")
    public String replyEn;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    /** The normalised words of everything the reply says, between spaces, for search. */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "author_id", nullable = false)
    public String authorId;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "approved_by_id")
    public String approvedById;

    @Column(name = "approved_by_name")
    public String approvedByName;

    @Column(name = "approved_hash")
    public String approvedHash;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Sets the text from a tidied draft, with its hash and search words; any approval no longer counts. */
    void setContent(CannedReplyDraft draft) {
        topic = draft.topic();
        questionPatterns = writePatterns(draft.questionPatterns());
        replyAr = draft.replyAr();
        replyEn = draft.replyEn();
        contentHash = hashOf(draft);
        searchText = searchTextOf(draft);
        approvedById = null;
        approvedByName = null;
        approvedHash = null;
        approvedAt = null;
    }

    CannedReplyDraft draft() {
        return new CannedReplyDraft(topic, readPatterns(questionPatterns), replyAr, replyEn);
    }

    /** Approved, and for the text it says now. */
    public boolean approved() {
        return approvedHash != null && approvedHash.equals(contentHash);
    }

    static String hashOf(CannedReplyDraft draft) {
        return Fingerprints.sha256(Fingerprints.canonicalJson(draft));
    }

    static String searchTextOf(CannedReplyDraft draft) {
        StringBuilder all = new StringBuilder(draft.topic()).append('\n').append(draft.replyAr());
        draft.questionPatterns().forEach(pattern -> all.append('\n').append(pattern));
        if (draft.replyEn() != null) {
            all.append('\n').append(draft.replyEn());
        }
        return " " + String.join(" ", TextNormalizer.tokens(all.toString())) + " ";
    }

    public static Optional<CannedReply> findForEntity(UUID id, String entity) {
        return find("id = ?1 and entity = ?2", id, entity).firstResultOptional();
    }

    /** The entity's reply; another entity's answers 404, as if it did not exist. */
    public static CannedReply requireForEntity(UUID id, String entity) {
        return findForEntity(id, entity).orElseThrow(() -> ProblemException.notFound("canned-reply.not-found"));
    }

    static CannedReply lockForEntity(UUID id, String entity) {
        CannedReply reply = requireForEntity(id, entity);
        getEntityManager().refresh(reply, LockModeType.PESSIMISTIC_WRITE);
        return reply;
    }

    private static String writePatterns(List<String> patterns) {
        try {
            return JSON.writeValueAsString(patterns);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static List<String> readPatterns(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("Stored patterns cannot be read", unreadable);
        }
    }
}
