package io.rasmi.platform.outbox;

/**
 * Fired by {@link Outbox#publish} in the writing transaction; {@link OutboxRelay} observes it after the commit and
 * relays at once instead of waiting for its next poll.
 */
record OutboxWritten() {

    static final OutboxWritten INSTANCE = new OutboxWritten();
}
