package io.rasmi.account.verification;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the public lookup, under {@code account.public-lookup.*}. */
@ConfigMapping(prefix = "account.public-lookup")
public interface PublicLookupConfig {

    RateLimit rateLimit();

    Answers answers();

    /** How many look-alikes an unknown account's answer lists at most. */
    @WithDefault("5")
    int maxResemblances();

    /**
     * How many of the names held an unknown account's handle is compared with, at most: those the candidate index
     * finds most alike (see {@code io.rasmi.text.CandidateIndex}), so that the cost does not grow with the register.
     */
    @WithDefault("16")
    int comparedNames();

    /** Per client (IP address): a token bucket of {@code capacity} requests, refilled evenly over {@code refill-period}. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Requests a client may make at once, and per refill period. */
        @WithDefault("60")
        int capacity();

        @WithDefault("1m")
        Duration refillPeriod();

        /** Clients remembered at once; the least recently seen are forgotten first. */
        @WithDefault("100000")
        int maxClients();
    }

    /** The in-memory answers, kept fresh by the service's own account events. */
    interface Answers {
        @WithDefault("50000")
        int maxEntries();

        /**
         * A safety net only: answers follow the account events, and every instance reads the whole register again
         * this often, for changes that come with no account event (an entity renamed).
         */
        @WithDefault("10m")
        Duration maxAge();

        /** {@code Cache-Control: public, max-age} of the answers, in seconds. */
        @WithDefault("60")
        int clientMaxAgeSeconds();
    }
}
