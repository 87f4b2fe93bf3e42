package io.rasmi.content.moderation;

/** Where a comment stands: NEW until a moderator acts; then what the last action was. */
public enum CommentStatus {
    NEW,
    REPLIED,
    HIDDEN,
    ESCALATED,
    NO_ACTION;

    static CommentStatus after(ModerationAction action) {
        return switch (action) {
            case REPLY -> REPLIED;
            case HIDE -> HIDDEN;
            case ESCALATE -> ESCALATED;
            case NO_ACTION -> NO_ACTION;
        };
    }
}
