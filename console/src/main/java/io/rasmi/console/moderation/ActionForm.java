package io.rasmi.console.moderation;

import java.util.Set;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;

/**
 * A moderator's action on a comment as typed: a reply (a chosen approved canned reply, or free text), or hide,
 * escalate, no action, each with a note for the unit.
 */
public class ActionForm {

    public static final java.util.List<String> ACTIONS = java.util.List.of("REPLY", "HIDE", "ESCALATE", "NO_ACTION");

    public static final Set<String> FIELDS = Set.of("action", "text", "cannedReplyId", "note");

    @RestForm
    public String action;

    @RestForm
    public String text;

    @RestForm
    public String cannedReplyId;

    @RestForm
    public String note;

    /** The query the canned replies were searched with, to show the same choices again on a refusal. */
    @RestForm
    public String q;

    public static ActionForm empty() {
        return new ActionForm();
    }

    /** A reply with a chosen canned reply sends its id and no text; other actions send neither. */
    ModerationApi.Action toRequest() {
        UUID reply = null;
        if (cannedReplyId != null && !cannedReplyId.isBlank()) {
            try {
                reply = UUID.fromString(cannedReplyId.strip());
            } catch (IllegalArgumentException unreadable) {
                reply = null;
            }
        }
        boolean replying = "REPLY".equals(action);
        String written = text == null || text.isBlank() ? null : text.strip();
        return new ModerationApi.Action(action, replying && reply == null ? written : null,
                replying ? reply : null, note == null || note.isBlank() ? null : note.strip());
    }

    public boolean chose(Object id) {
        return id != null && id.toString().equals(cannedReplyId);
    }
}
