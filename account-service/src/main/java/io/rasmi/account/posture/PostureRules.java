package io.rasmi.account.posture;

import java.time.Duration;
import java.time.Instant;

/** The moment of evaluation and how far back G6.h2 looks for sessions from unknown devices. */
public record PostureRules(Instant now, Duration unknownDeviceWindow) {
}
