package io.rasmi.account.devices;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.TwoFactorMethod;

@Schema(name = "TwoFactorBinding")
public record TwoFactorView(
        UUID accountId,
        TwoFactorMethod method,
        UUID deviceId,
        DeviceKind deviceKind,
        @Schema(example = "MOH-IT-2026-0142") String deviceAssetTag,
        @Schema(description = "false once the device was retired", example = "true") boolean deviceActive,
        @Schema(description = "Whether this binding meets G6.b now: on an active government device of the entity",
                example = "true") boolean onGovernmentDevice,
        Instant boundAt,
        @Schema(example = "moh-itsec") String boundBy) {

    static TwoFactorView of(TwoFactorBinding binding, GovernmentDevice device) {
        boolean active = device != null && device.active();
        return new TwoFactorView(binding.accountId, binding.method, binding.deviceId,
                device == null ? null : device.kind, device == null ? null : device.assetTag, active,
                active && device.entityCode.equals(binding.entityCode), binding.boundAt, binding.boundBy);
    }
}
