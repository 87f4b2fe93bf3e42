package io.rasmi.console.content;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The approver's decision on an item: approve or send back, with the two confirmations the guideline asks of an
 * approval (facts checked, G7.3.a; neutral, G7.3.b), bound to the hash of the content the approver read.
 */
public class DecisionForm {

    @RestForm
    public String decision;

    @RestForm
    public boolean factChecked;

    @RestForm
    public boolean neutral;

    @RestForm
    public String note;

    @RestForm
    public String contentHash;

    ContentItemsApi.Decision toRequest() {
        return new ContentItemsApi.Decision(decision, factChecked, neutral,
                note == null || note.isBlank() ? null : note.strip(), contentHash);
    }
}
