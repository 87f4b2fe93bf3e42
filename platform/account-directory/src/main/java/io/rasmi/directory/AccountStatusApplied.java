package io.rasmi.directory;

import java.time.Instant;
import java.util.UUID;

import io.rasmi.events.AccountStatus;

/**
 * A CDI event the directory fires when it changes a known account's status, whichever topic the change came on
 * (a status change, a registered or updated event, or a newer state). Observers run synchronously in the
 * directory's transaction, after its account lock, so what they change commits with the directory's change or not
 * at all; content-service freezes and thaws scheduled content this way. Not fired for an account seen for the first
 * time, nor for a late, older change the directory ignores.
 */
public record AccountStatusApplied(UUID accountId, String entity, AccountStatus from, AccountStatus to,
        Instant changedAt) {
}
