package io.rasmi.content.lifecycle;

import static io.rasmi.events.ContentState.APPROVED;
import static io.rasmi.events.ContentState.CHANGES_REQUESTED;
import static io.rasmi.events.ContentState.CORRECTED;
import static io.rasmi.events.ContentState.DRAFT;
import static io.rasmi.events.ContentState.FROZEN;
import static io.rasmi.events.ContentState.PUBLISHED;
import static io.rasmi.events.ContentState.SCHEDULED;
import static io.rasmi.events.ContentState.SUBMITTED;
import static io.rasmi.events.ContentState.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

import io.rasmi.events.ContentState;
import io.rasmi.platform.problem.ProblemException;

/**
 * The lifecycle of a content item, all of it: each transition, the states it may start from, and where it leads.
 * Items are never deleted; WITHDRAWN is the end. A transition from any other state answers 409.
 *
 * <pre>
 *   DRAFT | CHANGES_REQUESTED --submission--> SUBMITTED --approval (enough approvers)--> APPROVED
 *                                             SUBMITTED --changes-request--> CHANGES_REQUESTED
 *   SUBMITTED | CHANGES_REQUESTED | APPROVED | SCHEDULED | FROZEN --revision (any edit)--> DRAFT
 *   APPROVED --scheduling--> SCHEDULED --freeze (a target account not ACTIVE)--> FROZEN --thaw--> SCHEDULED
 *   APPROVED | SCHEDULED --publication (on every target account)--> PUBLISHED --correction--> CORRECTED
 *   any state but WITHDRAWN --withdrawal--> WITHDRAWN
 * </pre>
 *
 * An edit of a DRAFT keeps it DRAFT. What else a move needs (target accounts ACTIVE, a planned time, approvers
 * other than the author, the pre-publication checks) is checked by {@link ContentLifecycle} and the approval and
 * publishing services, which name the unmet clauses. A publication is recorded per account; the item becomes
 * PUBLISHED once every target account has one.
 */
public enum Transition {

    //               from                                                               to
    SUBMISSION(      EnumSet.of(DRAFT, CHANGES_REQUESTED),                              SUBMITTED),
    APPROVAL(        EnumSet.of(SUBMITTED),                                             APPROVED),
    CHANGES_REQUEST( EnumSet.of(SUBMITTED),                                             CHANGES_REQUESTED),
    REVISION(        EnumSet.of(SUBMITTED, CHANGES_REQUESTED, APPROVED, SCHEDULED, FROZEN), DRAFT),
    SCHEDULING(      EnumSet.of(APPROVED),                                              SCHEDULED),
    FREEZE(          EnumSet.of(SCHEDULED),                                             FROZEN),
    THAW(            EnumSet.of(FROZEN),                                                SCHEDULED),
    PUBLICATION(     EnumSet.of(APPROVED, SCHEDULED),                                   PUBLISHED),
    CORRECTION(      EnumSet.of(PUBLISHED),                                             CORRECTED),
    WITHDRAWAL(      EnumSet.complementOf(EnumSet.of(WITHDRAWN)),                       WITHDRAWN);

    private final Set<ContentState> from;
    private final ContentState to;

    Transition(Set<ContentState> from, ContentState to) {
        this.from = from;
        this.to = to;
    }

    public Set<ContentState> from() {
        return EnumSet.copyOf(from);
    }

    public ContentState to() {
        return to;
    }

    public boolean allowedFrom(ContentState state) {
        return from.contains(state);
    }

    /** @throws ProblemException 409 when the table above does not lead from {@code state} through this transition */
    public void requireAllowedFrom(ContentState state) {
        if (!allowedFrom(state)) {
            throw ProblemException.conflict("content.transition-not-allowed", state, to,
                    name().toLowerCase().replace('_', '-'));
        }
    }

    /** Whether the item's content may still change: a DRAFT, or a state an edit returns to DRAFT. */
    public static boolean editable(ContentState state) {
        return state == DRAFT || REVISION.allowedFrom(state);
    }

    /** PUBLISHED and CORRECTED items are out; what was published is corrected by the correction procedure. */
    static boolean isOut(ContentState state) {
        return state == PUBLISHED || state == CORRECTED;
    }
}
