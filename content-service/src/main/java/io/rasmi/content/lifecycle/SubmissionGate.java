package io.rasmi.content.lifecycle;

import io.rasmi.content.items.ContentItem;

/**
 * What must hold before an item goes to its approvers, beyond the lifecycle table: the pre-publication checks
 * (G7.3, G6.i, G8, G4.3.j, G7.4). {@link ContentLifecycle#submit} calls it inside its transaction, after the state
 * and target accounts are checked and before anything changes; a BLOCKER finding throws a
 * {@link io.rasmi.platform.problem.ProblemException} naming its clause, and nothing is stored.
 *
 * <p>The checks feature implements it ({@code checks.PrePublicationGate}), so the lifecycle does not depend on the
 * checks.
 */
public interface SubmissionGate {

    void beforeSubmission(ContentItem item);
}
