package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code io.rasmi.account.two-factor-changed.v1}: the account's second factor is now on this device (G6.b). */
public record TwoFactorChanged(
        UUID accountId,
        String entity,
        TwoFactorMethod method,
        UUID deviceId,
        Instant changedAt) {
}
