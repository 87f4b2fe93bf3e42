package io.rasmi.events;

import java.util.List;

/** Kafka topic names. A topic's dead-letter topic is {@link #deadLetter(String)}. */
public final class Topics {

    public static final String ACCOUNT_EVENTS = "rasmi.account.events.v1";
    /**
     * Compacted: the newest full state of each official account, keyed by account id, from which any service can
     * rebuild its account directory. Accounts are archived, never deleted, so it carries no tombstones.
     */
    public static final String ACCOUNT_STATE = "rasmi.account.state.v1";
    /**
     * Compacted: the newest full state of each member of an entity's social media unit, keyed by staff id, from which
     * incident-service rebuilds whom to notify (G6.j). Members leave (inactive), never vanish: no tombstones.
     */
    public static final String STAFF_STATE = "rasmi.account.staff-state.v1";
    public static final String CONTENT_EVENTS = "rasmi.content.events.v1";
    public static final String KPI_EVENTS = "rasmi.kpi.events.v1";
    public static final String INCIDENT_EVENTS = "rasmi.incident.events.v1";
    /**
     * The national CERT's feed: CloudEvents whose data is a STIX 2.1 bundle
     * ({@link EventType#INCIDENT_CERT_BUNDLE}), keyed by entity code.
     */
    public static final String CERT_INCIDENTS = "rasmi.cert.incidents.v1";
    /**
     * Compacted: each official account's newest follower count from kpi-service's figures
     * ({@link EventType#KPI_ACCOUNT_REACH}), keyed by account id; incident-service rates severity by it.
     */
    public static final String KPI_ACCOUNT_REACH = "rasmi.kpi.account-reach.v1";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** Every topic above, without their dead-letter topics. */
    public static List<String> all() {
        return List.of(ACCOUNT_EVENTS, ACCOUNT_STATE, CONTENT_EVENTS, KPI_EVENTS, INCIDENT_EVENTS, CERT_INCIDENTS,
                STAFF_STATE, KPI_ACCOUNT_REACH);
    }

    /** The topics that must be created with {@code cleanup.policy=compact}, not left to the broker's defaults. */
    public static List<String> compacted() {
        return List.of(ACCOUNT_STATE, STAFF_STATE, KPI_ACCOUNT_REACH);
    }

    /** Where a consumer puts a message of {@code topic} that it cannot process: {@code <topic>.dlq}. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
