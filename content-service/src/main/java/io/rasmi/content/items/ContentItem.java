package io.rasmi.content.items;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rasmi.events.ContentState;
import io.rasmi.platform.problem.ProblemException;

/**
 * A content item of an entity: its content (kept whole as canonical JSON, with the SHA-256 an approval binds to),
 * who wrote it and where it is in its lifecycle. Title, body, planned time and target accounts are also columns, for
 * lists and for the account freezes.
 */
@Entity
@Table(name = "content_item")
public class ContentItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String entity;

    /** The author's token subject: four eyes compare it with the approver's. */
    @Column(name = "author_id", nullable = false)
    public String authorId;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "planned_at")
    public Instant plannedAt;

    @Column(nullable = false)
    public boolean campaign;

    @Column(name = "paid_promotion", nullable = false)
    public boolean paidPromotion;

    /** The tidied {@link ContentDraft} as canonical JSON. */
    @Column(nullable = false)
    public String content;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @ElementCollection(fetch = FetchType.EAGER) // at most 20, and every view shows them
    @CollectionTable(name = "content_target_account", joinColumns = @JoinColumn(name = "content_id"))
    @Column(name = "account_id")
    public Set<UUID> targetAccountIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContentState state;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Sets the content from a tidied draft, with its canonical JSON and hash. */
    public void setContent(ContentDraft draft) {
        title = draft.title();
        body = draft.body();
        plannedAt = draft.plannedAt();
        campaign = draft.campaign();
        paidPromotion = draft.paidPromotion();
        content = ContentHash.canonicalJson(draft);
        contentHash = ContentHash.of(content);
        Set<UUID> targets = new HashSet<>(draft.targetAccountIds());
        if (!targetAccountIds.equals(targets)) {
            targetAccountIds.clear();
            targetAccountIds.addAll(targets);
        }
    }

    public ContentDraft draft() {
        return ContentHash.read(content);
    }

    /** Campaigns and paid promotion need two distinct approvers; anything else one (G4.3.b, G4.3.d). */
    public int approvalsRequired() {
        return campaign || paidPromotion ? 2 : 1;
    }

    public static Optional<ContentItem> findForEntity(UUID id, String entity) {
        return find("id = ?1 and entity = ?2", id, entity).firstResultOptional();
    }

    /** The entity's item; another entity's answers 404, as if it did not exist. */
    public static ContentItem requireForEntity(UUID id, String entity) {
        return findForEntity(id, entity).orElseThrow(() -> ProblemException.notFound("content.not-found"));
    }

    /** The entity's item, locked until the transaction ends, so that two decisions on it take turns. */
    public static ContentItem lockForEntity(UUID id, String entity) {
        ContentItem item = requireForEntity(id, entity);
        getEntityManager().refresh(item, LockModeType.PESSIMISTIC_WRITE);
        return item;
    }
}
