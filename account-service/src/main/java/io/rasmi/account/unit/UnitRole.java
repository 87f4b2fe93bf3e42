package io.rasmi.account.unit;

/** A member's role in the entity's social media unit (G4.3.k); not a Rasmi role, not a role on an account. */
public enum UnitRole {
    HEAD,
    PUBLISHER,
    APPROVER,
    MODERATOR,
    IT_OFFICER,
    ANALYST
}
