package io.rasmi.incident.timeline;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a timeline entry records. People add NOTE, ACTION and EVIDENCE (an answer to a CERT information request is
 * one of them that refers to the request); the service writes the rest itself.
 */
public enum TimelineKind {
    NOTE,
    ACTION,
    EVIDENCE,
    REPORTED,
    /** A repeat of the same breach (same account and type) while the incident is open, absorbed here. */
    REPEATED,
    TRANSITION,
    SEVERITY_CHANGED,
    ACKNOWLEDGED,
    INFORMATION_REQUESTED,
    TARGET_MISSED,
    /** A notice to the entity's IT officers, sent or failed. */
    NOTICE,
    /** A message to or from the national CERT. */
    CERT_MESSAGE,
    SYSTEM;

    /** The kinds a person may add through the API. */
    public static final Set<TimelineKind> BY_PEOPLE = EnumSet.of(NOTE, ACTION, EVIDENCE);
}
