package io.rasmi.account.devices;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GovernmentDevice")
public record DeviceView(
        UUID id,
        @Schema(example = "moh") String entity,
        DeviceKind kind,
        @Schema(example = "MOH-IT-2026-0142") String assetTag,
        @Schema(nullable = true, example = "R58T90ABCDE") String serialNumber,
        @Schema(nullable = true, description = "E.164", example = "+9647701234567") String phoneNumber,
        @Schema(nullable = true, implementation = String.class, format = "uuid") UUID custodianStaffId,
        @Schema(nullable = true, example = "fb-device-7Q2KX9") String fingerprint,
        @Schema(description = "false once retired", example = "true") boolean active,
        Instant registeredAt,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant retiredAt) {

    static DeviceView of(GovernmentDevice device) {
        return new DeviceView(device.id, device.entityCode, device.kind, device.assetTag, device.serialNumber,
                device.phoneNumber, device.custodianStaffId, device.fingerprint, device.active(),
                device.registeredAt, device.retiredAt);
    }
}
