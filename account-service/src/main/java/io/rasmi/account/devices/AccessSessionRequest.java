package io.rasmi.account.devices;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccessSession", description = "One session as the platform's access history shows it")
public record AccessSessionRequest(
        @NotNull @Schema(description = "When the session started; not in the future", example = "2026-11-20T07:42:10Z")
        Instant at,
        @NotBlank @Size(max = 200)
        @Schema(description = "How the platform names the device", example = "fb-device-7Q2KX9") String deviceFingerprint,
        @Size(max = 64) @Schema(nullable = true, description = "IPv4 or IPv6", example = "185.12.44.7") String ipAddress,
        @Size(max = 200) @Schema(example = "Baghdad, Iraq") String location,
        @Size(max = 1000) @Schema(example = "Mozilla/5.0 (Linux; Android 14) Facebook/470.0") String userAgent) {
}
