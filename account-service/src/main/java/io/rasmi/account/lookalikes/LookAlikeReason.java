package io.rasmi.account.lookalikes;

/** Which of the official account's names the searched name resembles, and where. */
public enum LookAlikeReason {
    /** It resembles the official account's handle. */
    SIMILAR_HANDLE,
    /** It resembles the official account's Arabic or English display name. */
    SIMILAR_DISPLAY_NAME,
    /** It resembles the name of the entity that owns the official account. */
    SIMILAR_ENTITY_NAME,
    /** It is on the platform searched for. */
    SAME_PLATFORM
}
