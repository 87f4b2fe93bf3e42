package io.rasmi.content.items;

/** What a media attachment is. */
public enum MediaKind {
    IMAGE,
    VIDEO,
    AUDIO,
    GRAPHIC
}
