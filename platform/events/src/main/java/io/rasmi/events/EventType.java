package io.rasmi.events;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every CloudEvents type Rasmi publishes: its name {@code io.rasmi.<service>.<event>.v1}, its source
 * {@code /rasmi/<service>}, its topic, its payload record and the JSON Schema of that payload.
 *
 * <p>To add a type: a payload record, its schema in {@code io/rasmi/events/schemas/<type>.json}, an entry here,
 * a message in {@code asyncapi/rasmi-asyncapi.yaml}, and a sample payload in the tests.
 */
public enum EventType {

    ACCOUNT_REGISTERED("account", "registered", Topics.ACCOUNT_EVENTS, AccountRegistered.class, "accountId"),
    ACCOUNT_UPDATED("account", "updated", Topics.ACCOUNT_EVENTS, AccountUpdated.class, "accountId"),
    ACCOUNT_STATUS_CHANGED("account", "status-changed", Topics.ACCOUNT_EVENTS, AccountStatusChanged.class, "accountId"),
    ACCOUNT_ROLE_HOLDER_ADDED("account", "role-holder-added", Topics.ACCOUNT_EVENTS, RoleHolderAdded.class, "accountId"),
    ACCOUNT_ROLE_HOLDER_REMOVED("account", "role-holder-removed", Topics.ACCOUNT_EVENTS, RoleHolderRemoved.class, "accountId"),
    ACCOUNT_TWO_FACTOR_CHANGED("account", "two-factor-changed", Topics.ACCOUNT_EVENTS, TwoFactorChanged.class, "accountId"),
    ACCOUNT_PASSWORD_ROTATED("account", "password-rotated", Topics.ACCOUNT_EVENTS, PasswordRotated.class, "accountId"),
    ACCOUNT_PASSWORD_ROTATION_OVERDUE("account", "password-rotation-overdue", Topics.ACCOUNT_EVENTS,
            PasswordRotationOverdue.class, "accountId"),
    ACCOUNT_REVIEW_OVERDUE("account", "review-overdue", Topics.ACCOUNT_EVENTS, ReviewOverdue.class, "accountId"),
    ACCOUNT_ACCESS_ANOMALY("account", "access-anomaly", Topics.ACCOUNT_EVENTS, AccessAnomaly.class, "accountId"),
    ACCOUNT_IMPERSONATION_REPORTED("account", "impersonation-reported", Topics.ACCOUNT_EVENTS,
            ImpersonationReported.class, "reportId"),
    ACCOUNT_POSTURE_CHANGED("account", "posture-changed", Topics.ACCOUNT_EVENTS, PostureChanged.class, "accountId"),
    /** The account's whole current state, on the compacted {@link Topics#ACCOUNT_STATE}. */
    ACCOUNT_STATE("account", "state", Topics.ACCOUNT_STATE, AccountState.class, "accountId"),
    /** A member joined the entity's social media unit, or came back to it. */
    ACCOUNT_STAFF_ADDED("account", "staff-added", Topics.ACCOUNT_EVENTS, StaffSnapshot.class, "staffId"),
    /** A member's name, official e-mail or unit role changed. */
    ACCOUNT_STAFF_CHANGED("account", "staff-changed", Topics.ACCOUNT_EVENTS, StaffSnapshot.class, "staffId"),
    /** A member left the unit (marked inactive; members are never deleted). */
    ACCOUNT_STAFF_REMOVED("account", "staff-removed", Topics.ACCOUNT_EVENTS, StaffSnapshot.class, "staffId"),
    /** The member's whole current state, on the compacted {@link Topics#STAFF_STATE}. */
    ACCOUNT_STAFF_STATE("account", "staff-state", Topics.STAFF_STATE, StaffSnapshot.class, "staffId"),
    CONTENT_SUBMITTED("content", "submitted", Topics.CONTENT_EVENTS, ContentSubmitted.class, "contentId"),
    CONTENT_APPROVED("content", "approved", Topics.CONTENT_EVENTS, ContentApproved.class, "contentId"),
    CONTENT_SCHEDULED("content", "scheduled", Topics.CONTENT_EVENTS, ContentScheduled.class, "contentId"),
    CONTENT_PUBLISHED("content", "published", Topics.CONTENT_EVENTS, ContentPublished.class, "contentId"),
    CONTENT_WITHDRAWN("content", "withdrawn", Topics.CONTENT_EVENTS, ContentWithdrawn.class, "contentId"),
    /** A comment on an official account arrived from a platform export; kpi-service measures its sentiment. */
    CONTENT_COMMENT_RECEIVED("content", "comment-received", Topics.CONTENT_EVENTS, CommentReceived.class,
            "commentId"),
    /** Every step of a correction of a post is done (G7.5). */
    CONTENT_CORRECTED("content", "corrected", Topics.CONTENT_EVENTS, ContentCorrected.class, "correctionId"),
    /** A post nobody authorised was found on an official account; incident-service opens an incident. */
    CONTENT_UNAUTHORIZED_POST_DETECTED("content", "unauthorized-post-detected", Topics.CONTENT_EVENTS,
            UnauthorizedPostDetected.class, "correctionId"),
    /** A post exposes personal data (G8.5); incident-service opens a DATA_LEAK incident. */
    CONTENT_PRIVACY_LEAK_DETECTED("content", "privacy-leak-detected", Topics.CONTENT_EVENTS,
            PrivacyLeakDetected.class, "correctionId"),
    /** Screening found hate speech, personal data or an outside link in a comment; its moderators look at it. */
    CONTENT_COMMENT_FLAGGED("content", "comment-flagged", Topics.CONTENT_EVENTS, CommentFlagged.class, "commentId"),
    INCIDENT_REPORTED("incident", "reported", Topics.INCIDENT_EVENTS, IncidentReported.class, "incidentId"),
    INCIDENT_SLA_BREACHED("incident", "sla-breached", Topics.INCIDENT_EVENTS, IncidentSlaBreached.class,
            "incidentId"),
    /**
     * The national CERT's feed: a STIX 2.1 bundle describing one incident as it stands after a change. Keyed by the
     * entity code, so one entity's bundles stay in order; the subject is the bundle id.
     */
    INCIDENT_CERT_BUNDLE("incident", "cert-bundle", Topics.CERT_INCIDENTS, StixBundle.class, "id",
            StixBundle.MEDIA_TYPE, Key.ENTITY),
    /** An entity's report to management for a closed week or month was made and stored (G9.1, G9.2). */
    KPI_REPORT_GENERATED("kpi", "report-generated", Topics.KPI_EVENTS, ReportGenerated.class, "reportId"),
    /** An account's target for a closed week or month was missed; once per target and period. */
    KPI_TARGET_MISSED("kpi", "target-missed", Topics.KPI_EVENTS, TargetMissed.class, "targetId"),
    /** The IT officers triaged an incident that was only suspected: account-service freezes a breached account. */
    INCIDENT_CONFIRMED("incident", "confirmed", Topics.INCIDENT_EVENTS, IncidentConfirmed.class, "incidentId"),
    /** An account's newest follower count, on the compacted {@link Topics#KPI_ACCOUNT_REACH}. */
    KPI_ACCOUNT_REACH("kpi", "account-reach", Topics.KPI_ACCOUNT_REACH, AccountReach.class, "accountId");

    /** Which envelope attribute is the Kafka key. */
    public enum Key {
        /** The subject, the aggregate id: one aggregate's events stay in order. */
        SUBJECT,
        /** The entity: one entity's events stay in order. */
        ENTITY
    }

    private final String service;
    private final String type;
    private final String topic;
    private final Class<?> payloadType;
    private final String subjectField;
    private final String dataContentType;
    private final Key key;

    EventType(String service, String event, String topic, Class<?> payloadType, String subjectField) {
        this(service, event, topic, payloadType, subjectField, CloudEvent.DATA_CONTENT_TYPE, Key.SUBJECT);
    }

    EventType(String service, String event, String topic, Class<?> payloadType, String subjectField,
            String dataContentType, Key key) {
        this.service = service;
        this.type = "io.rasmi." + service + "." + event + ".v1";
        this.topic = topic;
        this.payloadType = payloadType;
        this.subjectField = subjectField;
        this.dataContentType = dataContentType;
        this.key = key;
    }

    /** The CloudEvents {@code datacontenttype} of its data: {@code application/json} unless said otherwise. */
    public String dataContentType() {
        return dataContentType;
    }

    /** Which envelope attribute is the Kafka key. */
    public Key key() {
        return key;
    }

    /** The Kafka key of an event of this type with this subject and entity. */
    public String kafkaKey(String subject, String entity) {
        return key == Key.ENTITY ? entity : subject;
    }

    /** The service that owns and publishes this type: account, content, kpi or incident. */
    public String service() {
        return service;
    }

    /** The CloudEvents {@code type}, e.g. {@code io.rasmi.account.registered.v1}. */
    public String type() {
        return type;
    }

    /** The CloudEvents {@code source}, e.g. {@code /rasmi/account}. */
    public String source() {
        return "/rasmi/" + service;
    }

    /** The Kafka topic it is published on. */
    public String topic() {
        return topic;
    }

    /** The record that is the event's {@code data}. */
    public Class<?> payloadType() {
        return payloadType;
    }

    /** The payload field holding the aggregate id, which is also the event's {@code subject} and Kafka key. */
    public String subjectField() {
        return subjectField;
    }

    /** Classpath resource of the payload's JSON Schema. */
    public String schemaResource() {
        return "io/rasmi/events/schemas/" + type + ".json";
    }

    /** The CloudEvents {@code dataschema}, also the {@code $id} of the payload's JSON Schema. */
    public URI dataschema() {
        return URI.create("urn:rasmi:schema:" + type);
    }

    /** The event type with this CloudEvents {@code type} name, if Rasmi knows it. */
    public static Optional<EventType> fromType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
