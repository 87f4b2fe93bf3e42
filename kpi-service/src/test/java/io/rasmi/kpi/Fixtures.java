package io.rasmi.kpi;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import io.rasmi.directory.KnownAccounts;
import io.rasmi.events.AccountState;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.events.Platform;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestProducer;

/** Accounts as this service learns them: an account's state sent on the real state topic, then awaited. */
@ApplicationScoped
public class Fixtures {

    @Inject
    KnownAccounts knownAccounts;

    /** A new ACTIVE account of {@code entity} on {@code platform}, known to the service when this returns. */
    public UUID account(String entity, Platform platform) {
        UUID id = UUID.randomUUID();
        Instant at = Instant.now();
        String state = EventCodec.write(CloudEvent.of(EventType.ACCOUNT_STATE, id.toString(), entity,
                new AccountState(id, entity, platform, "kpi" + id.toString().substring(0, 8), null, "وزارة الصحة",
                        "Ministry of Health", AccountStatus.ACTIVE, true, null, List.of(), 1, at, at),
                at));
        send(Topics.ACCOUNT_STATE, id.toString(), state);
        await().atMost(Duration.ofSeconds(120)).until(() -> knownAccounts.find(id).isPresent());
        return id;
    }

    private static void send(String topic, String key, String value) {
        KafkaTestProducer.send(topic, key, value);
    }

    /** A new ACTIVE account of {@code entity} named {@code nameAr}, known to the service when this returns. */
    public UUID account(String entity, Platform platform, String nameAr, String handle) {
        UUID id = UUID.randomUUID();
        Instant at = Instant.now();
        String state = EventCodec.write(CloudEvent.of(EventType.ACCOUNT_STATE, id.toString(), entity,
                new AccountState(id, entity, platform, handle, null, nameAr, null, AccountStatus.ACTIVE, true, null,
                        List.of(), 1, at, at),
                at));
        send(Topics.ACCOUNT_STATE, id.toString(), state);
        await().atMost(Duration.ofSeconds(120)).until(() -> knownAccounts.find(id).isPresent());
        return id;
    }
}
