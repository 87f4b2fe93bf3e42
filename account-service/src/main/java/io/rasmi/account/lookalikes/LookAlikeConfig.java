package io.rasmi.account.lookalikes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the look-alike ranking, under {@code account.look-alikes.*}. */
@ConfigMapping(prefix = "account.look-alikes")
public interface LookAlikeConfig {

    /** The least similarity (0 to 1) an official account needs to be listed. */
    @WithDefault("0.75")
    double threshold();

    /** At most this many are listed, best first. */
    @WithDefault("20")
    int maxResults();

    /** Prepared names kept in memory, so an account's names are analysed once and not on every request. */
    @WithDefault("50000")
    int preparedNames();
}
