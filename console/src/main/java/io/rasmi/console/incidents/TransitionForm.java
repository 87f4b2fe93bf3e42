package io.rasmi.console.incidents;

import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

/** Moving an incident on: the state chosen, the note for the timeline, and the version the officer looked at. */
public class TransitionForm {

    public static final Set<String> FIELDS = Set.of("to", "note");

    @RestForm
    public String to;

    @RestForm
    public String note;

    /** The incident's version when the page was shown: a move made meanwhile by someone else is refused (412). */
    @RestForm
    public String version;

    public static TransitionForm empty() {
        return new TransitionForm();
    }

    IncidentsApi.Move toRequest() {
        return new IncidentsApi.Move(to == null || to.isBlank() ? null : to.strip(),
                note == null || note.isBlank() ? null : note.strip());
    }

    /** The If-Match header for the version shown, or none when the form carried none. */
    String ifMatch() {
        return version == null || !version.strip().matches("\\d{1,18}") ? null : "\"" + version.strip() + "\"";
    }
}
