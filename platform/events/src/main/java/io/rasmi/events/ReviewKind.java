package io.rasmi.events;

/** What a periodic review of an official account looked at (G6.h). */
public enum ReviewKind {
    SETTINGS,
    ACCESS_HISTORY,
    ROLE_HOLDERS
}
