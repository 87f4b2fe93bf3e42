package io.rasmi.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.kpi.account-reach.v1}: an official account's newest follower count, from the FOLLOWERS
 * totals kpi-service ingested (the figure of the newest day that has one). On the compacted
 * {@link Topics#KPI_ACCOUNT_REACH}, keyed by account id; {@code version} grows with each change, so a reader keeps
 * the highest. incident-service rates an incident's severity by it.
 */
public record AccountReach(
        UUID accountId,
        String entity,
        int followers,
        LocalDate asOf,
        int version) {
}
