package io.rasmi.platform.web;

import java.util.Locale;
import java.util.Objects;

import io.rasmi.events.Platform;

/**
 * Where an account lives: its platform and its handle as platforms compare handles (without {@code @}, case
 * folded), the same key as account-service's {@code OfficialAccount.handleKey(String)} so that a lookup uses the
 * unique index on {@code (platform, handle_key)}. Moved here from account-service's public lookup so that
 * content-service reads post links the same way.
 */
public record AccountAddress(Platform platform, String handleKey) {

    public AccountAddress {
        Objects.requireNonNull(platform, "platform");
        if (handleKey == null || handleKey.isBlank()) {
            throw new IllegalArgumentException("handleKey must not be blank");
        }
    }

    /** The address of {@code handle} on {@code platform}, written with or without {@code @}, in any case. */
    public static AccountAddress of(Platform platform, String handle) {
        return new AccountAddress(platform, keyOf(handle));
    }

    /** A handle as platforms compare them: trimmed, without leading {@code @}, lower case. */
    public static String keyOf(String handle) {
        String bare = handle.strip();
        while (bare.startsWith("@")) {
            bare = bare.substring(1);
        }
        return bare.toLowerCase(Locale.ROOT);
    }
}
