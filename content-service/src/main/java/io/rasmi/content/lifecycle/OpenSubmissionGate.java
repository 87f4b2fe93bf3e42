package io.rasmi.content.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;
import io.rasmi.content.items.ContentItem;

/** The gate until the pre-publication checks provide theirs: nothing stops a submission here. */
@DefaultBean
@ApplicationScoped
public class OpenSubmissionGate implements SubmissionGate {

    @Override
    public void beforeSubmission(ContentItem item) {
        // the checks feature replaces this bean (see SubmissionGate)
    }
}
