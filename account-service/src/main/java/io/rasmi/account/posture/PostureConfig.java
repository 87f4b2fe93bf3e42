package io.rasmi.account.posture;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the posture report is evaluated, under {@code rasmi.posture.*}. */
@ConfigMapping(prefix = "rasmi.posture")
public interface PostureConfig {

    /**
     * G6.h2: the review period of the access history. A session from an unknown device in it fails the account;
     * no session at all in it leaves the control without evidence.
     */
    @WithDefault("30d")
    Duration unknownDeviceWindow();

    /** G6.l: how long an impersonation report may stay REPORTED (not yet taken to the platform) before it fails. */
    @WithDefault("7d")
    Duration impersonationFollowUp();

    /** When the daily re-evaluation of time-based controls runs (Quartz-style cron, UTC). */
    @WithDefault("0 15 2 * * ?")
    String dailyCron();
}
