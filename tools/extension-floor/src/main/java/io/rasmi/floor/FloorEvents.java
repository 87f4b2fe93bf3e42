package io.rasmi.floor;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/** One Kafka consumer, one scheduled job and one metric, as each service has several. */
@ApplicationScoped
public class FloorEvents {

    private final AtomicLong received = new AtomicLong();

    FloorEvents(MeterRegistry registry) {
        registry.gauge("extension_floor_events", received);
    }

    @Incoming("floor-events")
    void receive(String event) {
        received.incrementAndGet();
    }

    @Scheduled(every = "60s")
    void tick() {
        received.get();
    }
}
