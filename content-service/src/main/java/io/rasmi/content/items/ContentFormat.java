package io.rasmi.content.items;

/** The form the unit chose for the message (G7.2, G7.9). */
public enum ContentFormat {
    TEXT,
    IMAGE,
    VIDEO,
    AUDIO,
    POLL,
    STORY;

    /** The formats that carry the entity's logo (G7.3.d). */
    public boolean visual() {
        return this == IMAGE || this == VIDEO || this == STORY;
    }
}
