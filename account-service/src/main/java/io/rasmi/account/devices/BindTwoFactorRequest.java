package io.rasmi.account.devices;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.TwoFactorMethod;

@Schema(name = "BindTwoFactorRequest", description = "Where the account's second factor is delivered")
public record BindTwoFactorRequest(
        @NotNull @Schema(example = "SMS") TwoFactorMethod method,
        @NotNull @Schema(description = "An active government device of the caller's entity; a PHONE with a number "
                + "for SMS (G6.b)", example = "9b2e4f6a-1c3d-4e5f-8a9b-0c1d2e3f4a5b") UUID deviceId) {
}
