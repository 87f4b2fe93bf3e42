package io.rasmi.content.moderation;

import java.util.List;

import io.rasmi.events.CommentFlagged;

/** What screening looks for in comments and replies, and the clauses each finding touches. */
public enum ScreeningKind {
    /** Hate speech and insults from the curated lexicon (G4.3.j). */
    HATE_SPEECH(CommentFlagged.Reason.HATE_SPEECH, "G4.3.j"),
    /** Personal phone numbers, private e-mail addresses, national ID numbers (G6.i, G8.5). */
    PERSONAL_DATA(CommentFlagged.Reason.PERSONAL_DATA, "G6.i", "G8.5"),
    /** A link to another platform or to a host outside the entity's domains, gov.iq and the allow-list (G7.6). */
    OUTSIDE_LINK(CommentFlagged.Reason.OUTSIDE_LINK, "G7.6");

    private final CommentFlagged.Reason reason;
    private final List<String> clauses;

    ScreeningKind(CommentFlagged.Reason reason, String... clauses) {
        this.reason = reason;
        this.clauses = List.of(clauses);
    }

    public CommentFlagged.Reason reason() {
        return reason;
    }

    public String clause() {
        return clauses.get(0);
    }

    public List<String> clauses() {
        return clauses;
    }
}
