package io.rasmi.incident.incidents;

/**
 * How many people the affected accounts reach, from the follower counts kpi-service announces
 * ({@code io.rasmi.kpi.account-reach.v1}) and the thresholds of {@code incident.reach.*} (see
 * {@link io.rasmi.incident.reach.AccountReaches#reachOf}). UNKNOWN (no figure yet) and MODERATE neither raise nor
 * lower the severity.
 */
public enum Reach {
    UNKNOWN,
    SMALL,
    MODERATE,
    LARGE
}
