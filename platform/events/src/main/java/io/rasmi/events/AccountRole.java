package io.rasmi.events;

/** The roles a person can hold on an official account (G6.a). These are platform roles, not Rasmi's own. */
public enum AccountRole {
    ADMIN,
    PUBLISHER,
    MODERATOR
}
