package io.rasmi.account.devices;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordedAccessSession")
public record AccessSessionView(
        UUID id,
        UUID accountId,
        @Schema(example = "2026-11-20T07:42:10Z") Instant at,
        @Schema(nullable = true, example = "fb-device-7Q2KX9") String deviceFingerprint,
        @Schema(nullable = true, example = "185.12.44.7") String ipAddress,
        @Schema(nullable = true, example = "Baghdad, Iraq") String location,
        @Schema(nullable = true) String userAgent,
        @Schema(nullable = true, implementation = String.class, format = "uuid", description = "The registered device it came from; null for an anomaly") UUID deviceId,
        @Schema(description = "true when no registered device in service had this fingerprint (G6.h2)",
                example = "false") boolean anomaly,
        Instant recordedAt) {

    static AccessSessionView of(AccessSession session) {
        return new AccessSessionView(session.id, session.accountId, session.sessionAt, session.deviceFingerprint,
                session.ipAddress, session.location, session.userAgent, session.deviceId, session.anomaly,
                session.recordedAt);
    }
}
