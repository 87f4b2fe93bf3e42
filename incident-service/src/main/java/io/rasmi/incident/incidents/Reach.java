package io.rasmi.incident.incidents;

/**
 * How many people the affected accounts reach. Follower counts come from kpi-service's figures once this service
 * follows them; until then every account's reach is UNKNOWN, which neither raises nor lowers the severity.
 */
public enum Reach {
    UNKNOWN,
    SMALL,
    LARGE
}
