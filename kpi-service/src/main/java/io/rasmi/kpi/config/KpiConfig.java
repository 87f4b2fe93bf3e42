package io.rasmi.kpi.config;

import java.time.LocalDate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** kpi-service settings, under {@code kpi.*}. */
@ConfigMapping(prefix = "kpi")
public interface KpiConfig {

    Ingest ingest();

    Partitions partitions();

    Reports reports();

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

    interface Reports {
        /**
         * When the report job fires (Quartz cron, Asia/Baghdad); each firing makes whichever closed week's and
         * month's reports are due and missing, so a replica down at one firing is caught up at the next. "off"
         * stops it.
         */
        @WithDefault("0 5 * * * ?")
        String schedule();

        /**
         * How long after a period closes (midnight, Asia/Baghdad) its report is made: the platforms' analytics
         * exports of the last day arrive in the hours after it. 6 hours: a week's report is ready at 06:00 on
         * Saturday, before the first working day, Sunday.
         */
        @WithDefault("PT6H")
        java.time.Duration grace();

        /** PDFs rendered at once in one process; more requests wait (each holds its fonts, charts and document). */
        @WithDefault("2")
        int concurrentRenders();
    }
}
