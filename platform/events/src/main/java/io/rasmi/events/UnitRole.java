package io.rasmi.events;

/**
 * A member's role in an entity's social media unit (G4.3.k): {@code HEAD} is the head of the unit, {@code IT_OFFICER}
 * one of the entity's IT officers whom a breach is reported to (G6.j). Not a Rasmi role, not a role on an account.
 */
public enum UnitRole {
    HEAD,
    PUBLISHER,
    APPROVER,
    MODERATOR,
    IT_OFFICER,
    ANALYST
}
