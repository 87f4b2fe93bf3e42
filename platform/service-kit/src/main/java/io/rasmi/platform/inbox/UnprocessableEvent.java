package io.rasmi.platform.inbox;

/** An incoming event that no retry can make processable; it goes to the dead-letter topic. */
public class UnprocessableEvent extends RuntimeException {

    public UnprocessableEvent(String reason) {
        super(reason, null, false, false);
    }
}
