package io.rasmi.events;

import java.util.UUID;

/** The registered details of an official account, as carried whole by the registered and updated events. */
public interface AccountSnapshot {

    UUID accountId();

    String entity();

    Platform platform();

    String handle();

    String profileUrl();

    String displayNameAr();

    String displayNameEn();

    AccountStatus status();
}
