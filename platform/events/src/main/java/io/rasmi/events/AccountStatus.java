package io.rasmi.events;

/** Where an official account is in its lifecycle. */
public enum AccountStatus {
    PROPOSED,
    APPROVED,
    ACTIVE,
    SUSPENDED,
    COMPROMISED,
    ARCHIVED
}
