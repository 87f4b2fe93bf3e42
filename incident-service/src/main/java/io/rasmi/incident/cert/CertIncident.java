package io.rasmi.incident.cert;

import io.rasmi.incident.incidents.Tlp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.rasmi.events.IncidentSeverity;
import io.rasmi.events.Platform;

/**
 * What the national CERT is told about one incident, at one moment: the input of {@link StixBundles},
 * {@link MispEvents} and {@link CertFeed}. It holds no reference to the incident's own model, so the incident
 * service maps its incident to this record wherever it publishes (see {@link #builder()}).
 *
 * @param type       one of {@link #TYPES}, the names of the incident types
 * @param entityName the entity's display name; {@code null} means its code is shown
 * @param impostor   for an impersonation, the impostor's account if known; otherwise {@code null}
 */
public record CertIncident(
        UUID id,
        String entityCode,
        String entityName,
        String type,
        IncidentSeverity severity,
        State state,
        Determination determination,
        Tlp tlp,
        Texts texts,
        Times times,
        List<AffectedAccount> accounts,
        Impostor impostor) {

    /** The incident types (the names of the incident service's types); an unknown one is refused. */
    public static final Set<String> TYPES = Set.of("ACCOUNT_COMPROMISE", "UNAUTHORIZED_POST", "IMPERSONATION",
            "DATA_LEAK", "DEFACEMENT", "PHISHING", "LOST_OR_STOLEN_DEVICE", "CREDENTIAL_LEAK", "DEFAMATION_CAMPAIGN",
            "OTHER");

    public CertIncident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entityCode, "entityCode");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(determination, "determination");
        Objects.requireNonNull(tlp, "tlp");
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(times, "times");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("Unknown incident type " + type + "; known are " + TYPES);
        }
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** The entity's name, or its code when it has none. */
    public String entityDisplayName() {
        return entityName == null || entityName.isBlank() ? entityCode : entityName;
    }

    /** This incident as it stands at {@code modifiedAt}. */
    public CertIncident modifiedAt(Instant modifiedAt) {
        return new CertIncident(id, entityCode, entityName, type, severity, state, determination, tlp, texts,
                new Times(times.detectedAt(), times.reportedAt(), modifiedAt), accounts, impostor);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The incident's lifecycle states. */
    public enum State {
        REPORTED, TRIAGED, CONTAINED, ERADICATED, RECOVERED, CLOSED, FALSE_POSITIVE
    }

    /** The incident-core extension's {@code determination} enumeration. */
    public enum Determination {
        BLOCKED("blocked"),
        FAILED_ATTEMPT("failed-attempt"),
        FALSE_POSITIVE("false-positive"),
        LOW_VALUE("low-value"),
        SUCCESSFUL_ATTEMPT("successful-attempt"),
        SUSPECTED("suspected");

        private final String stix;

        Determination(String stix) {
            this.stix = stix;
        }

        /** The value in the STIX extension. */
        public String stix() {
            return stix;
        }
    }

    /** The summary shown as the incident's name, and its longer description ({@code null} when none). */
    public record Texts(String summary, String description) {
        public Texts {
            Objects.requireNonNull(summary, "summary");
        }
    }

    /**
     * When the breach was noticed ({@code null} if unknown), reported (the STIX {@code created}), and last changed
     * (the STIX {@code modified}; never taken earlier than {@code reportedAt}).
     */
    public record Times(Instant detectedAt, Instant reportedAt, Instant modifiedAt) {
        public Times {
            Objects.requireNonNull(reportedAt, "reportedAt");
            modifiedAt = modifiedAt == null || modifiedAt.isBefore(reportedAt) ? reportedAt : modifiedAt;
        }
    }

    /** An official account the incident touches. {@code displayName} may be {@code null}. */
    public record AffectedAccount(UUID accountId, Platform platform, String handle, String displayName) {
        public AffectedAccount {
            Objects.requireNonNull(accountId, "accountId");
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(handle, "handle");
        }
    }

    /** The account impersonating the entity; the handle, the profile URL or both are known. */
    public record Impostor(Platform platform, String handle, String url) {
        public Impostor {
            if ((handle == null || handle.isBlank()) && (url == null || url.isBlank())) {
                throw new IllegalArgumentException("An impostor needs a handle or a URL");
            }
        }
    }

    /** Builds a {@link CertIncident}; {@code tlp} defaults to AMBER and {@code determination} to SUSPECTED. */
    public static final class Builder {
        private UUID id;
        private String entityCode;
        private String entityName;
        private String type;
        private IncidentSeverity severity;
        private State state = State.REPORTED;
        private Determination determination = Determination.SUSPECTED;
        private Tlp tlp = Tlp.AMBER;
        private String summary;
        private String description;
        private Instant detectedAt;
        private Instant reportedAt;
        private Instant modifiedAt;
        private final List<AffectedAccount> accounts = new ArrayList<>();
        private Impostor impostor;

        private Builder() {
        }

        public Builder id(UUID id) {
            this.id = id;
            return this;
        }

        public Builder entity(String code, String name) {
            this.entityCode = code;
            this.entityName = name;
            return this;
        }

        /** The incident type's name, e.g. {@code incident.type().name()}. */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder severity(IncidentSeverity severity) {
            this.severity = severity;
            return this;
        }

        public Builder state(State state) {
            this.state = state;
            return this;
        }

        public Builder determination(Determination determination) {
            this.determination = determination;
            return this;
        }

        public Builder tlp(Tlp tlp) {
            this.tlp = tlp;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder detectedAt(Instant detectedAt) {
            this.detectedAt = detectedAt;
            return this;
        }

        public Builder reportedAt(Instant reportedAt) {
            this.reportedAt = reportedAt;
            return this;
        }

        public Builder modifiedAt(Instant modifiedAt) {
            this.modifiedAt = modifiedAt;
            return this;
        }

        public Builder account(UUID accountId, Platform platform, String handle, String displayName) {
            accounts.add(new AffectedAccount(accountId, platform, handle, displayName));
            return this;
        }

        public Builder impostor(Platform platform, String handle, String url) {
            this.impostor = new Impostor(platform, handle, url);
            return this;
        }

        public CertIncident build() {
            return new CertIncident(id, entityCode, entityName, type, severity, state, determination, tlp,
                    new Texts(summary, description), new Times(detectedAt, reportedAt, modifiedAt), accounts,
                    impostor);
        }
    }
}
