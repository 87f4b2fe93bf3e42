package io.rasmi.account.posture;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the posture report is evaluated, under {@code rasmi.posture.*}. */
@ConfigMapping(prefix = "rasmi.posture")
public interface PostureConfig {

    /** G6.h2: how far back a session from an unknown device still fails the account. */
    @WithDefault("30d")
    Duration unknownDeviceWindow();

    /** When the daily re-evaluation of time-based controls runs (Quartz-style cron, UTC). */
    @WithDefault("0 15 2 * * ?")
    String dailyCron();
}
