package io.rasmi.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.AccountRegistered;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.events.Platform;

@QuarkusTest
class InboxTest {

    @Inject
    Inbox inbox;

    private static String registered(UUID id) {
        return EventCodec.write(CloudEvent.of(EventType.ACCOUNT_REGISTERED, id.toString(), "moh",
                new AccountRegistered(id, "moh", Platform.FACEBOOK, "inbox" + id.toString().substring(0, 6), null,
                        "حساب", null, AccountStatus.PROPOSED, Instant.parse("2026-11-01T10:00:00Z")),
                Instant.parse("2026-11-01T10:00:00Z")));
    }

    @Test
    void shouldHandOverAnEventOnlyOnItsFirstDelivery() {
        UUID id = UUID.randomUUID();
        String event = registered(id);

        boolean first = QuarkusTransaction.requiringNew()
                .call(() -> inbox.firstDelivery("inbox-test", id.toString(), event).isPresent());
        boolean second = QuarkusTransaction.requiringNew()
                .call(() -> inbox.firstDelivery("inbox-test", id.toString(), event).isPresent());
        boolean otherConsumer = QuarkusTransaction.requiringNew()
                .call(() -> inbox.firstDelivery("another-consumer", id.toString(), event).isPresent());

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(otherConsumer).isTrue();
    }

    @Test
    void shouldForgetTheDeliveryWhenTheEffectRollsBack() {
        UUID id = UUID.randomUUID();
        String event = registered(id);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            inbox.firstDelivery("inbox-test", id.toString(), event);
            throw new IllegalStateException("the consumer's effect failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(QuarkusTransaction.requiringNew()
                .call(() -> inbox.firstDelivery("inbox-test", id.toString(), event).isPresent())).isTrue();
    }

    @Test
    void shouldRefuseEventThatBreaksItsContract() {
        UUID id = UUID.randomUUID();
        String wrongKey = registered(id);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                .run(() -> inbox.firstDelivery("inbox-test", "not-the-subject", wrongKey)))
                .isInstanceOf(UnprocessableEvent.class)
                .hasMessageContaining("subject");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                .run(() -> inbox.firstDelivery("inbox-test", id.toString(), "{not json")))
                .isInstanceOf(UnprocessableEvent.class);
    }
}
