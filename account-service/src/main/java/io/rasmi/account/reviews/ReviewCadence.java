package io.rasmi.account.reviews;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often each kind of review is due (G6.h asks for continuous review; the register asks for it this often). */
@ConfigMapping(prefix = "account.reviews")
public interface ReviewCadence {

    /** The longest time between two reviews of the same kind before the next is overdue. */
    @WithDefault("30d")
    Duration cadence();
}
