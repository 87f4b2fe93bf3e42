package io.rasmi.account.entities;

/** The kinds of government entity the guideline covers (G1): ministries, agencies, and bodies tied to no ministry. */
public enum EntityKind {
    MINISTRY,
    AGENCY,
    INDEPENDENT_BODY
}
