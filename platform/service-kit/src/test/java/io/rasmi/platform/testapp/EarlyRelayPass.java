package io.rasmi.platform.testapp;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.rasmi.platform.outbox.OutboxRelay;

/**
 * Runs a relay pass from the very first startup observer, as the scheduler may do before the startup event has
 * reached the others; remembers what it threw, for {@code OutboxRelayTest}.
 */
@ApplicationScoped
public class EarlyRelayPass {

    public static volatile boolean ran;
    public static volatile Throwable failure;

    void relayFirst(@Observes @Priority(1) StartupEvent startup, OutboxRelay relay) {
        try {
            relay.relayAll();
            ran = true;
        } catch (Throwable thrown) {
            failure = thrown;
        }
    }
}
