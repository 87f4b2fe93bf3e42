package io.rasmi.account.passwords;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new password of an official account; it is checked, hashed with Argon2id and dropped. */
@Schema(name = "PasswordRotationRequest", description = "The new password; never stored, logged or echoed")
public record PasswordRotationRequest(
        @NotNull @Size(max = 256) @Schema(example = "V7#qLm!29xRt-Kp", format = "password") String newPassword) {

    /** Records print their fields; this one must never print the password, in a log line or an error. */
    @Override
    public String toString() {
        return "PasswordRotationRequest[newPassword=<redacted>]";
    }
}
