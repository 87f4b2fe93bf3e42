package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.account.two-factor-changed.v1}: the account's second factor is now on this device (G6.b).
 * {@code deviceRetiredAt} is set when the change is the device's retirement: the binding stays, but no longer meets
 * G6.b.
 */
public record TwoFactorChanged(
        UUID accountId,
        String entity,
        TwoFactorMethod method,
        UUID deviceId,
        Instant changedAt,
        Instant deviceRetiredAt) {

    /** A binding to a device in service. */
    public TwoFactorChanged(UUID accountId, String entity, TwoFactorMethod method, UUID deviceId, Instant changedAt) {
        this(accountId, entity, method, deviceId, changedAt, null);
    }
}
