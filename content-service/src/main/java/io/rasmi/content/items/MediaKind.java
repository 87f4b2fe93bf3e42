package io.rasmi.content.items;

/** What a media attachment is. */
public enum MediaKind {
    IMAGE,
    VIDEO,
    AUDIO,
    GRAPHIC,
    DOCUMENT;

    /** Pictures and films carry the entity's logo (G7.3.d) and may show people (G7.3.g). */
    public boolean visual() {
        return this == IMAGE || this == VIDEO || this == GRAPHIC;
    }
}
