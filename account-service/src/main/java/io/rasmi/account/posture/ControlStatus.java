package io.rasmi.account.posture;

/** How an account stands against one clause of the guideline. */
public enum ControlStatus {
    PASS,
    /** The clause is met, with a risk worth acting on (one admin only); it counts as met in the score. */
    WARN,
    FAIL,
    /** The clause needs a person's attestation or a reference that nobody recorded yet. */
    MISSING_EVIDENCE,
    /** The clause does not apply to the account in its current state. */
    NOT_APPLICABLE
}
