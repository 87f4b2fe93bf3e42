package io.rasmi.incident.targets;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The default response targets of HIGH and CRITICAL incidents, from their report; entities may tighten them. */
@ConfigMapping(prefix = "incident.response-targets")
public interface ResponseTargetsConfig {

    /** Time from report to TRIAGED. */
    @WithDefault("1h")
    Duration triage();

    /** Time from report to CONTAINED. */
    @WithDefault("24h")
    Duration containment();

    /**
     * When every replica looks for missed targets (the scheduler reads it as
     * {@code incident.response-targets.scan-cron}); one replica runs each fire time.
     */
    @WithDefault("0 * * * * ?")
    String scanCron();
}
