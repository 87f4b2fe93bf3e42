package io.rasmi.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** One realistic payload per event type, with every optional field filled. */
final class SamplePayloads {

    static final UUID ACCOUNT_ID = UUID.fromString("0f8d2c3a-6b1e-4c59-9e7a-1d2b3c4d5e6f");
    static final UUID INCIDENT_ID = UUID.fromString("a3b2c1d0-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    static final UUID REPORT_ID = UUID.fromString("b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e");
    static final UUID HOLDER_ID = UUID.fromString("3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b");
    static final UUID STAFF_ID = UUID.fromString("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");
    static final UUID DEVICE_ID = UUID.fromString("5d6e7f80-91a2-4b3c-8d4e-5f60718293a4");
    static final String ENTITY = "moh";
    static final UUID CONTENT_ID = UUID.fromString("5c1e9a3b-2d4f-4a6b-8c7d-9e0f1a2b3c4d");
    static final UUID COMMENT_ID = UUID.fromString("6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c");
    static final UUID CORRECTION_ID = UUID.fromString("c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f");
    static final String CONTENT_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
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
            case ACCOUNT_ROLE_HOLDER_ADDED -> new RoleHolderAdded(ACCOUNT_ID, ENTITY, HOLDER_ID, STAFF_ID,
                    AccountRole.ADMIN, AT);
            case ACCOUNT_ROLE_HOLDER_REMOVED -> new RoleHolderRemoved(ACCOUNT_ID, ENTITY, HOLDER_ID, STAFF_ID,
                    AccountRole.MODERATOR, AT);
            case ACCOUNT_TWO_FACTOR_CHANGED -> new TwoFactorChanged(ACCOUNT_ID, ENTITY, TwoFactorMethod.SECURITY_KEY,
                    DEVICE_ID, AT);
            case ACCOUNT_PASSWORD_ROTATED -> new PasswordRotated(ACCOUNT_ID, ENTITY, AT,
                    AT.plus(90, ChronoUnit.DAYS));
            case ACCOUNT_PASSWORD_ROTATION_OVERDUE -> new PasswordRotationOverdue(ACCOUNT_ID, ENTITY,
                    AT.minus(1, ChronoUnit.DAYS), AT);
            case ACCOUNT_REVIEW_OVERDUE -> new ReviewOverdue(ACCOUNT_ID, ENTITY, ReviewKind.ROLE_HOLDERS,
                    AT.minus(31, ChronoUnit.DAYS), AT.minus(1, ChronoUnit.DAYS), AT);
            case ACCOUNT_ACCESS_ANOMALY -> new AccessAnomaly(ACCOUNT_ID, ENTITY, "Firefox 133 on Linux (unknown)",
                    "2001:db8::7", "Erbil, Iraq", AT.minus(2, ChronoUnit.HOURS), AT);
            case ACCOUNT_IMPERSONATION_REPORTED -> new ImpersonationReported(REPORT_ID, ENTITY, Platform.X,
                    "MOH_lraq", "https://x.com/MOH_lraq", ACCOUNT_ID, AT);
            case ACCOUNT_POSTURE_CHANGED -> new PostureChanged(ACCOUNT_ID, ENTITY, 82, List.of("G6.g", "G7.3.g.1"),
                    List.of("G6.h2"), AT);
            case ACCOUNT_STATE -> new AccountState(ACCOUNT_ID, ENTITY, Platform.FACEBOOK, "moh.iraq",
                    "https://www.facebook.com/moh.iraq", "وزارة الصحة العراقية", "Iraqi Ministry of Health",
                    AccountStatus.ACTIVE, true,
                    new AccountState.PostingPlan(5, "Health advice on weekdays, campaign news on Thursdays"),
                    List.of(new AccountState.RoleHolder(STAFF_ID, AccountRole.ADMIN),
                            new AccountState.RoleHolder(STAFF_ID, AccountRole.PUBLISHER)),
                    7, AT, AT.minus(30, ChronoUnit.DAYS));
            case ACCOUNT_STAFF_ADDED -> new StaffSnapshot(STAFF_ID, ENTITY, "زينب علي حسين", "zainab.ali@moh.gov.iq",
                    UnitRole.IT_OFFICER, true, 1, AT);
            case ACCOUNT_STAFF_CHANGED -> new StaffSnapshot(STAFF_ID, ENTITY, "زينب علي حسين الموسوي",
                    "zainab.ali@moh.gov.iq", UnitRole.HEAD, true, 2, AT);
            case ACCOUNT_STAFF_REMOVED -> new StaffSnapshot(STAFF_ID, ENTITY, "زينب علي حسين", "zainab.ali@moh.gov.iq",
                    UnitRole.IT_OFFICER, false, 3, AT);
            case ACCOUNT_STAFF_STATE -> new StaffSnapshot(STAFF_ID, ENTITY, "زينب علي حسين", "zainab.ali@moh.gov.iq",
                    UnitRole.IT_OFFICER, true, 4, AT);
            case INCIDENT_REPORTED -> new IncidentReported(INCIDENT_ID, ENTITY, IncidentType.ACCOUNT_COMPROMISE,
                    List.of(ACCOUNT_ID), IncidentSeverity.HIGH, AT);
            case INCIDENT_SLA_BREACHED -> new IncidentSlaBreached(INCIDENT_ID, ENTITY,
                    IncidentSlaBreached.Target.TRIAGE, IncidentSeverity.CRITICAL, AT, AT.plusSeconds(3600),
                    AT.plusSeconds(3660));
            case INCIDENT_CERT_BUNDLE -> new StixBundle("bundle", "bundle--4c8e1f2a-3b5d-5e6f-8a9b-0c1d2e3f4a5b",
                    List.of(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                            .put("type", "incident").put("spec_version", "2.1")
                            .put("id", "incident--b7d29b2a-766d-5934-aa76-d9ca79acc625")
                            .put("created", "2026-02-03T08:20:00.000Z").put("modified", "2026-02-03T08:20:00.000Z")
                            .put("name", "Official Facebook page compromised")));
            case CONTENT_SUBMITTED -> new ContentSubmitted(CONTENT_ID, ENTITY, List.of(ACCOUNT_ID), CONTENT_HASH, 2,
                    AT);
            case CONTENT_APPROVED -> new ContentApproved(CONTENT_ID, ENTITY, CONTENT_HASH, 2, AT);
            case CONTENT_SCHEDULED -> new ContentScheduled(CONTENT_ID, ENTITY, List.of(ACCOUNT_ID),
                    AT.plus(1, ChronoUnit.DAYS), AT);
            case CONTENT_PUBLISHED -> new ContentPublished(CONTENT_ID, ENTITY, REPORT_ID, ACCOUNT_ID,
                    Platform.FACEBOOK, "https://www.facebook.com/moh.iraq/posts/1234567890",
                    AT.minus(5, ChronoUnit.MINUTES), AT);
            case CONTENT_WITHDRAWN -> new ContentWithdrawn(CONTENT_ID, ENTITY, ContentState.SCHEDULED,
                    "The event was postponed", AT);
            case CONTENT_COMMENT_RECEIVED -> new CommentReceived(COMMENT_ID, ENTITY, ACCOUNT_ID, Platform.FACEBOOK,
                    "1234567890_987654321", "https://www.facebook.com/moh.iraq/posts/1234567890",
                    "شكراً على التوضيح، خدمة ممتازة", "ar", AT.minus(50, ChronoUnit.MINUTES), AT);
            case KPI_REPORT_GENERATED -> new ReportGenerated(REPORT_ID, ENTITY, "2026-W05",
                    java.time.LocalDate.parse("2026-01-24"), java.time.LocalDate.parse("2026-01-30"), 4, 1, AT);
            case KPI_TARGET_MISSED -> new TargetMissed(HOLDER_ID, ENTITY, ACCOUNT_ID, "NEW_FOLLOWERS", "2026-W05",
                    500, 420, AT);
            case CONTENT_CORRECTED -> new ContentCorrected(CORRECTION_ID, ENTITY, ACCOUNT_ID, Platform.X, CONTENT_ID,
                    "https://x.com/MOH_Iraq/status/1790000000000000001", CorrectionErrorType.TYPO,
                    CorrectionProcedure.EDIT_IN_PLACE, AT.minus(15, ChronoUnit.MINUTES), AT, 900);
            case CONTENT_UNAUTHORIZED_POST_DETECTED -> new UnauthorizedPostDetected(CORRECTION_ID, ENTITY, ACCOUNT_ID,
                    Platform.FACEBOOK, "https://www.facebook.com/moh.iraq/posts/9876543210", null,
                    AT.minus(2, ChronoUnit.MINUTES), AT);
            case CONTENT_PRIVACY_LEAK_DETECTED -> new PrivacyLeakDetected(CORRECTION_ID, ENTITY, ACCOUNT_ID,
                    Platform.FACEBOOK, "https://www.facebook.com/moh.iraq/posts/1234567890", CONTENT_ID,
                    AT.minus(2, ChronoUnit.MINUTES), AT);
            case CONTENT_COMMENT_FLAGGED -> new CommentFlagged(COMMENT_ID, ENTITY, ACCOUNT_ID, Platform.FACEBOOK,
                    "1234567890_987654321", "https://www.facebook.com/moh.iraq/posts/1234567890",
                    List.of(CommentFlagged.Reason.PERSONAL_DATA), List.of("G6.i", "G8.5"),
                    AT.minus(50, ChronoUnit.MINUTES), AT);
            case INCIDENT_CONFIRMED -> new IncidentConfirmed(INCIDENT_ID, ENTITY, IncidentType.ACCOUNT_COMPROMISE,
                    List.of(ACCOUNT_ID), IncidentSeverity.HIGH, AT, "successful-attempt");
            case KPI_ACCOUNT_REACH -> new AccountReach(ACCOUNT_ID, ENTITY, 1_250_000, LocalDate.of(2026, 10, 1), 3);
        };
    }

    /** The aggregate id of {@link #of(EventType)}: the subject and Kafka key of its event. */
    static String subject(EventType type) {
        return EventCodec.toData(of(type)).get(type.subjectField()).asText();
    }

    /** The Kafka key of {@link #event(EventType)}. */
    static String key(EventType type) {
        return type.kafkaKey(subject(type), ENTITY);
    }

    static CloudEvent event(EventType type) {
        return CloudEvent.of(type, subject(type), ENTITY, of(type), AT);
    }
}
