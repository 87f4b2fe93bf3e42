package io.rasmi.content.approval;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rasmi.content.items.ContentItem;

/**
 * One approver's decision on one exact content (G4.3.d): it binds to the content's SHA-256, and counts only while
 * that is still the item's content and it is not voided (an edit or a request for changes voids it).
 */
@Entity
@Table(name = "content_approval")
public class ContentApproval extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "content_id", nullable = false)
    public UUID contentId;

    @Column(nullable = false)
    public String entity;

    @Column(name = "approver_id", nullable = false)
    public String approverId;

    @Column(name = "approver_name", nullable = false)
    public String approverName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApprovalDecision decision;

    @Column(name = "fact_checked", nullable = false)
    public boolean factChecked;

    @Column(nullable = false)
    public boolean neutral;

    public String note;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "voided_at")
    public Instant voidedAt;

    /** The distinct approvers who approved the item's current content, and whose approval still counts. */
    public static List<String> approversOf(ContentItem item) {
        return getEntityManager().createQuery("select distinct a.approverId from ContentApproval a "
                + "where a.contentId = ?1 and a.contentHash = ?2 and a.decision = ?3 and a.voidedAt is null",
                String.class)
                .setParameter(1, item.id)
                .setParameter(2, item.contentHash)
                .setParameter(3, ApprovalDecision.APPROVE)
                .getResultList();
    }

    public static int countFor(ContentItem item) {
        return approversOf(item).size();
    }

    /** Every approval of the item stops counting (an edit, a request for changes); answers how many did count. */
    public static int voidAll(UUID contentId, Instant at) {
        return update("voidedAt = ?1 where contentId = ?2 and voidedAt is null", at, contentId);
    }

    public static List<ContentApproval> ofItem(UUID contentId) {
        return list("contentId = ?1 order by decidedAt, id", contentId);
    }
}
