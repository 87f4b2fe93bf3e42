package io.rasmi.content.corrections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rasmi.events.CorrectionErrorType;
import io.rasmi.events.CorrectionProcedure;
import io.rasmi.events.Platform;
import io.rasmi.platform.problem.ProblemException;

/**
 * The correction of a post on an official account (G7.5): what was wrong, the procedure chosen and its steps, each
 * done once, in order, by a staff member who holds a role on the account. Done when every step is.
 */
@Entity
@Table(name = "correction")
public class Correction extends PanacheEntityBase {

    public enum State {
        OPEN,
        DONE
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String entity;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Platform platform;

    /** The content item the post was; null for a post that was none (an unauthorised post, say). */
    @Column(name = "content_id")
    public UUID contentId;

    @Column(name = "platform_post_url", nullable = false)
    public String platformPostUrl;

    /** When the post went out, if Rasmi recorded it; the edit windows run from here. */
    @Column(name = "published_at")
    public Instant publishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "error_type", nullable = false)
    public CorrectionErrorType errorType;

    @Column(name = "in_media", nullable = false)
    public boolean inMedia;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CorrectionProcedure procedure;

    /** Until when the platform allows the edit an EDIT_IN_PLACE relies on; null for no limit or no edit. */
    @Column(name = "editable_until")
    public Instant editableUntil;

    @Column(nullable = false)
    public String description;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "corrected_at")
    public Instant correctedAt;

    /** Seconds from detection to the last step; null until done. */
    @Column(name = "seconds_to_correct")
    public Integer secondsToCorrect;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "correction_step", joinColumns = @JoinColumn(name = "correction_id"))
    @OrderColumn(name = "position")
    public List<Step> steps = new ArrayList<>();

    @Version
    public long version;

    /** One step of the checklist and who did it when. */
    @Embeddable
    public static class Step {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public CorrectionStep step;

        @Column(name = "done_at")
        public Instant doneAt;

        /** The staff id of whoever did it. */
        @Column(name = "done_by")
        public UUID doneBy;

        @Column(name = "done_by_name")
        public String doneByName;

        protected Step() {
        }

        Step(CorrectionStep step) {
            this.step = step;
        }

        public boolean done() {
            return doneAt != null;
        }
    }

    /** The first step not done yet, if any. */
    public Optional<Step> next() {
        return steps.stream().filter(step -> !step.done()).findFirst();
    }

    public static Optional<Correction> findForEntity(UUID id, String entity) {
        return find("id = ?1 and entity = ?2", id, entity).firstResultOptional();
    }

    /** The entity's correction, locked until the transaction ends; another entity's answers 404. */
    public static Correction lockForEntity(UUID id, String entity) {
        Correction correction = findForEntity(id, entity)
                .orElseThrow(() -> ProblemException.notFound("correction.not-found"));
        getEntityManager().refresh(correction, LockModeType.PESSIMISTIC_WRITE);
        return correction;
    }
}
