package io.rasmi.incident.notices;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How notices are sent: {@code incident.notices.*}. The SMTP relay itself is Quarkus Mailer's {@code quarkus.mailer.*}. */
@ConfigMapping(prefix = "incident.notices")
public interface NoticeConfig {

    /** How often the sender looks for due notices (read by the scheduler as {@code incident.notices.poll-interval}). */
    @WithDefault("5s")
    Duration pollInterval();

    /** Attempts before a notice is given up as FAILED. */
    @WithDefault("8")
    int maxAttempts();

    /** Wait after the first failed attempt; doubles with each further failure up to {@link #maxBackoff()}. */
    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("30m")
    Duration maxBackoff();

    /** The longest one SMTP exchange may take before it counts as a failed attempt. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** Notices sent per pass, each in its own transaction. */
    @WithDefault("50")
    int batchSize();
}
