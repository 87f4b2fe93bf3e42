package io.rasmi.events;

/** What kind of breach an incident is. */
public enum IncidentType {
    ACCOUNT_COMPROMISE,
    UNAUTHORIZED_POST,
    IMPERSONATION,
    DATA_LEAK,
    DEFACEMENT,
    PHISHING,
    LOST_OR_STOLEN_DEVICE,
    CREDENTIAL_LEAK,
    DEFAMATION_CAMPAIGN,
    OTHER
}
