package io.rasmi.content.items;

/** The form the unit chose for the message (G7.2, G7.9). */
public enum ContentFormat {
    TEXT,
    IMAGE,
    VIDEO,
    AUDIO,
    POLL,
    STORY
}
