package io.rasmi.incident.reach;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where an account's follower count makes its reach LARGE or SMALL for the severity (see {@code SeverityTable}):
 * LARGE from {@code large-followers} up, SMALL below {@code small-followers}, MODERATE between.
 */
@ConfigMapping(prefix = "incident.reach")
public interface ReachConfig {

    /** Followers from which an account's reach is LARGE (one severity step up). */
    @WithDefault("100000")
    long largeFollowers();

    /** Followers below which an account's reach is SMALL (one severity step down). */
    @WithDefault("1000")
    long smallFollowers();
}
