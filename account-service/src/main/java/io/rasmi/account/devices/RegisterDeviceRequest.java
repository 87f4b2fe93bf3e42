package io.rasmi.account.devices;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterDeviceRequest", description = "A device the entity owns; the entity is the caller's own")
public record RegisterDeviceRequest(
        @NotNull @Schema(example = "PHONE") DeviceKind kind,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._/-]*",
                message = "must be letters, digits, spaces, dots, dashes or slashes")
        @Schema(description = "The entity's inventory tag, unique in the entity", example = "MOH-IT-2026-0142")
        String assetTag,
        @Size(max = 100) @Schema(example = "R58T90ABCDE") String serialNumber,
        @Size(max = 40)
        @Schema(description = "Required for a PHONE. Any common writing: 07701234567, +964 770 123 4567, "
                + "٠٧٧٠١٢٣٤٥٦٧ or 009647701234567; stored in E.164", example = "0770 123 4567")
        String phoneNumber,
        @Schema(description = "The active member of the unit who keeps the device",
                example = "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f") UUID custodianStaffId,
        @Size(max = 200) @Pattern(regexp = "\\S(.*\\S)?", message = "must not start or end with spaces")
        @Schema(description = "How the platforms' access histories name this device; sessions are matched on it "
                + "(G6.h2)", example = "fb-device-7Q2KX9") String fingerprint) {
}
