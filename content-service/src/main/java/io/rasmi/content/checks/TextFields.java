package io.rasmi.content.checks;

import java.util.ArrayList;
import java.util.List;

/** The texts of a draft that checks read, each with the name a finding gives its field. */
record TextFields(String field, String text) {

    static List<TextFields> of(DraftForChecks draft) {
        List<TextFields> fields = new ArrayList<>();
        if (draft.title() != null && !draft.title().isBlank()) {
            fields.add(new TextFields("title", draft.title()));
        }
        if (draft.body() != null && !draft.body().isBlank()) {
            fields.add(new TextFields("body", draft.body()));
        }
        for (int i = 0; i < draft.media().size(); i++) {
            String description = draft.media().get(i).description();
            if (description != null && !description.isBlank()) {
                fields.add(new TextFields("media[" + i + "].description", description));
            }
        }
        return fields;
    }
}
