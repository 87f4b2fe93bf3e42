package io.rasmi.content.moderation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rasmi.events.Platform;
import io.rasmi.platform.problem.ProblemException;

/**
 * A comment on one of the entity's official accounts, from a platform export, once per account and platform comment
 * id; screened when it arrived ({@code findings}, JSON), and where its moderators' actions left it.
 */
@Entity
@Table(name = "moderation_comment")
public class Comment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String entity;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Platform platform;

    @Column(name = "platform_comment_id", nullable = false)
    public String platformCommentId;

    @Column(name = "post_url")
    public String postUrl;

    @Column(name = "author_handle")
    public String authorHandle;

    @Column(nullable = false)
    public String text;

    public String language;

    @Column(name = "commented_at", nullable = false)
    public Instant commentedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(nullable = false)
    public boolean flagged;

    /** The screening findings as a JSON array of {@link ScreeningFinding}. */
    @Column(nullable = false)
    public String findings;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommentStatus status;

    /** When the first reply was recorded: time to first response (G7.8) runs from the comment to it. */
    @Column(name = "first_reply_at")
    public Instant firstReplyAt;

    @Column(name = "last_action_at")
    public Instant lastActionAt;

    @Version
    public long version;

    public static Optional<Comment> findForEntity(UUID id, String entity) {
        return find("id = ?1 and entity = ?2", id, entity).firstResultOptional();
    }

    /** The entity's comment, locked until the transaction ends; another entity's answers 404. */
    static Comment lockForEntity(UUID id, String entity) {
        Comment comment = findForEntity(id, entity)
                .orElseThrow(() -> ProblemException.notFound("comment.not-found"));
        getEntityManager().refresh(comment, LockModeType.PESSIMISTIC_WRITE);
        return comment;
    }
}
