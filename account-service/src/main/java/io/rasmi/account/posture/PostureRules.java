package io.rasmi.account.posture;

import java.time.Duration;
import java.time.Instant;

/**
 * The moment of evaluation; how far back G6.h2 looks at the access history (sessions from unknown devices, and
 * whether there is any history at all); how long an impersonation report may wait in REPORTED state (G6.l).
 */
public record PostureRules(Instant now, Duration unknownDeviceWindow, Duration impersonationFollowUp) {

    static PostureRules of(Instant now, PostureConfig config) {
        return new PostureRules(now, config.unknownDeviceWindow(), config.impersonationFollowUp());
    }
}
