package io.rasmi.content.moderation;

/** What a moderator does with a comment (G4.3.f, G4.3.j, G7.8). */
public enum ModerationAction {
    /** Answer it, in free text or with an approved canned reply (G7.7). */
    REPLY,
    /** Hide it on the platform (hate speech, personal data, spam). */
    HIDE,
    /** Pass it to the unit's head or the body it concerns. */
    ESCALATE,
    /** It needs nothing. */
    NO_ACTION
}
