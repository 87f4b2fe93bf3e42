package io.rasmi.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One realistic payload per event type, with every optional field filled. */
final class SamplePayloads {

    static final UUID ACCOUNT_ID = UUID.fromString("0f8d2c3a-6b1e-4c59-9e7a-1d2b3c4d5e6f");
    static final UUID INCIDENT_ID = UUID.fromString("a3b2c1d0-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    static final String ENTITY = "moh";
    static final Instant AT = Instant.parse("2026-02-03T08:15:30.123456Z");

    private SamplePayloads() {
    }

    static Object of(EventType type) {
        return switch (type) {
            case ACCOUNT_REGISTERED -> new AccountRegistered(ACCOUNT_ID, ENTITY, Platform.FACEBOOK, "moh.iraq",
                    "https://www.facebook.com/moh.iraq", "وزارة الصحة العراقية", "Iraqi Ministry of Health",
                    AccountStatus.PROPOSED, AT);
            case ACCOUNT_UPDATED -> new AccountUpdated(ACCOUNT_ID, ENTITY, Platform.WHATSAPP_CHANNEL, "moh_iraq",
                    "https://whatsapp.com/channel/0029VaMoh", "وزارة الصحة", "Ministry of Health",
                    AccountStatus.ACTIVE, AT);
            case ACCOUNT_STATUS_CHANGED -> new AccountStatusChanged(ACCOUNT_ID, ENTITY, AccountStatus.ACTIVE,
                    AccountStatus.COMPROMISED, "Login from an unknown device", AT);
            case INCIDENT_REPORTED -> new IncidentReported(INCIDENT_ID, ENTITY, IncidentType.ACCOUNT_COMPROMISE,
                    List.of(ACCOUNT_ID), IncidentSeverity.HIGH, AT);
        };
    }

    /** The aggregate id of {@link #of(EventType)}: the subject and Kafka key of its event. */
    static String subject(EventType type) {
        return EventCodec.toData(of(type)).get(type.subjectField()).asText();
    }

    static CloudEvent event(EventType type) {
        return CloudEvent.of(type, subject(type), ENTITY, of(type), AT);
    }
}
