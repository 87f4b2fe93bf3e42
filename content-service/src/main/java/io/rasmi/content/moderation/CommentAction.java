package io.rasmi.content.moderation;

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

/** What one moderator did with one comment, and when; a reply keeps its text and the canned reply it used. */
@Entity
@Table(name = "moderation_action")
public class CommentAction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "comment_id", nullable = false)
    public UUID commentId;

    @Column(nullable = false)
    public String entity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModerationAction action;

    public String text;

    @Column(name = "canned_reply_id")
    public UUID cannedReplyId;

    public String note;

    @Column(name = "staff_id", nullable = false)
    public UUID staffId;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Column(nullable = false)
    public Instant at;

    static List<CommentAction> ofComment(UUID commentId) {
        return list("commentId = ?1 order by at, id", commentId);
    }
}
