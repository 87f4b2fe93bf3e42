package io.rasmi.kpi.config;

import java.time.LocalDate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** kpi-service settings, under {@code kpi.*}. */
@ConfigMapping(prefix = "kpi")
public interface KpiConfig {

    Ingest ingest();

    Partitions partitions();

    interface Ingest {
        /** The earliest day a figure may be for (before the platforms' analytics existed, it is a typing error). */
        @WithDefault("2004-01-01")
        LocalDate earliestDate();

        /** Bad lines named in one refusal; reading stops after that many. */
        @WithDefault("100")
        int maxViolations();

        /** How long one batch may take, from its first byte to its commit (the transaction's timeout). */
        @WithDefault("900")
        int timeoutSeconds();
    }

    interface Partitions {
        /** Months created ahead of the current one by the scheduled job. */
        @WithDefault("3")
        int monthsAhead();
    }
}
