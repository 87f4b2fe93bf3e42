package io.rasmi.platform;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings shared by every Rasmi service, under {@code rasmi.*}. */
@ConfigMapping(prefix = "rasmi")
public interface RasmiConfig {

    /** This service's short name, used as the CloudEvents source ({@code /rasmi/<name>}) and consumer name. */
    String service();

    Http http();

    Outbox outbox();

    Idempotency idempotency();

    interface Http {
        /** Largest request body the API reads. */
        @WithDefault("262144")
        long maxBodyBytes();

        /**
         * Larger limits for the few operations that read their body as a stream and never hold it whole (a KPI
         * batch), by request path: {@code rasmi.http.streamed-body-limits."/api/v1/kpi/observations"=536870912}.
         * Such a service also raises {@code quarkus.http.limits.max-body-size}, Vert.x's hard limit.
         */
        Map<String, Long> streamedBodyLimits();
    }

    interface Outbox {
        /** Whether this instance relays its outbox to Kafka. */
        @WithDefault("true")
        boolean relayEnabled();

        /** How often the relay looks for unsent events (read by the scheduler as {@code rasmi.outbox.poll-interval}). */
        @WithDefault("0.5s")
        Duration pollInterval();

        /** Rows sent per relay pass. */
        @WithDefault("200")
        int batchSize();

        /** First wait after a failed send; doubles on each further failure. */
        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();

        /** How long sent rows are kept for inspection before they are purged. */
        @WithDefault("7d")
        Duration retention();
    }

    interface Idempotency {
        /** How long a stored answer is replayed for the same key. */
        @WithDefault("24h")
        Duration retention();
    }
}
