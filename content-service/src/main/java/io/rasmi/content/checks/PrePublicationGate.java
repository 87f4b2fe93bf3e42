package io.rasmi.content.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.rasmi.content.items.ContentItem;
import io.rasmi.content.lifecycle.SubmissionGate;

/** Submission runs the pre-publication checks on the exact content, and a BLOCKER stops it (G7.3, G6.i, G8, G7.4). */
@ApplicationScoped
public class PrePublicationGate implements SubmissionGate {

    @Inject
    ItemChecks itemChecks;

    @Override
    public void beforeSubmission(ContentItem item) {
        itemChecks.requireNoBlocker(item);
    }
}
