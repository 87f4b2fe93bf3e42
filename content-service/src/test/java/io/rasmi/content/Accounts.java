package io.rasmi.content;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;


import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rasmi.directory.KnownAccount;
import io.rasmi.events.AccountState;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.AccountStatusChanged;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.events.Platform;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestProducer;

/**
 * Official accounts as account-service tells this service about them: real records on the real broker's state and
 * event topics, read by the account directory; each helper waits until the directory applied them.
 */
public final class Accounts {

    private Accounts() {
    }

    /** A new X account {@code handle} of the entity, in {@code status}, known to the directory. */
    public static UUID known(String entity, String handle, AccountStatus status) {
        UUID id = UUID.randomUUID();
        Instant at = Instant.now().minusSeconds(60);
        send(Topics.ACCOUNT_STATE, id, EventCodec.write(CloudEvent.of(EventType.ACCOUNT_STATE, id.toString(), entity,
                new AccountState(id, entity, Platform.X, handle, "https://x.com/" + handle, "وزارة الصحة", null,
                        status, true, new AccountState.PostingPlan(3, null), List.of(), 1, at, at),
                at)));
        await().atMost(Duration.ofSeconds(60)).until(() -> status(id) == status);
        return id;
    }

    /** A new ACTIVE account of the entity on {@code platform}, with this handle and profile URL. */
    public static UUID activeOn(String entity, Platform platform, String handle, String profileUrl) {
        UUID id = UUID.randomUUID();
        Instant at = Instant.now().minusSeconds(60);
        send(Topics.ACCOUNT_STATE, id, EventCodec.write(CloudEvent.of(EventType.ACCOUNT_STATE, id.toString(), entity,
                new AccountState(id, entity, platform, handle, profileUrl, "وزارة الصحة", null,
                        AccountStatus.ACTIVE, true, null, List.of(), 1, at, at),
                at)));
        await().atMost(Duration.ofSeconds(60)).until(() -> status(id) == AccountStatus.ACTIVE);
        return id;
    }

    public static UUID active(String entity) {
        return known(entity, "acct_" + UUID.randomUUID().toString().substring(0, 8), AccountStatus.ACTIVE);
    }

    public static UUID active(String entity, String handle) {
        return known(entity, handle, AccountStatus.ACTIVE);
    }

    /** account-service moves the account from one status to another; the directory takes it. */
    public static void changeStatus(UUID id, String entity, AccountStatus from, AccountStatus to) {
        Instant at = Instant.now();
        send(Topics.ACCOUNT_EVENTS, id, EventCodec.write(CloudEvent.of(EventType.ACCOUNT_STATUS_CHANGED,
                id.toString(), entity, new AccountStatusChanged(id, entity, from, to, "test", at), at)));
        await().atMost(Duration.ofSeconds(60)).until(() -> status(id) == to);
    }

    public static AccountStatus status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            KnownAccount account = KnownAccount.findById(id);
            return account == null ? null : account.status;
        });
    }

    private static void send(String topic, UUID key, String value) {
        KafkaTestProducer.send(topic, key.toString(), value);
    }
}
