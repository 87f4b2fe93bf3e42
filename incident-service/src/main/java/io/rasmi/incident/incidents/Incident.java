package io.rasmi.incident.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rasmi.events.IncidentSeverity;
import io.rasmi.events.IncidentType;
import io.rasmi.events.Platform;

/** A breach of an entity's official accounts (G6.j), and where its handling stands. */
@Entity
@Table(name = "incident")
public class Incident extends PanacheEntityBase {

    /** {@link #reportedBy} of an incident that an event opened, not a person. */
    public static final String SYSTEM = "system";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String entity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentState state;

    /** The severity in force: computed at report, or it-security's override. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentSeverity severity;

    /** What {@link SeverityTable} computed at report, kept when it-security overrides {@link #severity}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "computed_severity", nullable = false)
    public IncidentSeverity computedSeverity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tlp tlp;

    @Column(nullable = false)
    public String summary;

    public String description;

    @Column(name = "personal_data_exposed", nullable = false)
    public boolean personalDataExposed;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    /** The reporter's token subject, or {@link #SYSTEM}; reporters without a wider role see only their own. */
    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reporter_name", nullable = false)
    public String reporterName;

    /** STIX incident-core determination (e.g. {@code suspected}); null until someone determines it. */
    public String determination;

    /** For incidents opened from events: the key repeats are absorbed under while the incident is open. */
    @Column(name = "opening_key")
    public String openingKey;

    /** For an impersonation: the impersonating account as reported (any of the three may be null). */
    @Enumerated(EnumType.STRING)
    @Column(name = "impostor_platform")
    public Platform impostorPlatform;

    @Column(name = "impostor_handle")
    public String impostorHandle;

    @Column(name = "impostor_url")
    public String impostorUrl;

    @Column(name = "lessons_learned")
    public String lessonsLearned;

    @Column(name = "triaged_at")
    public Instant triagedAt;

    @Column(name = "contained_at")
    public Instant containedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_account", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "position")
    @Column(name = "account_id")
    public List<UUID> accountIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_evidence", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "position")
    public List<Evidence> evidence = new ArrayList<>();

    /** Read only here: the scan inserts them itself, once per target (see {@code ResponseTargets}). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_target_miss", joinColumns = @JoinColumn(name = "incident_id"))
    public Set<MissedTarget> missedTargets = new HashSet<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<Incident> findForEntity(UUID id, String entity) {
        return find("id = ?1 and entity = ?2", id, entity).firstResultOptional();
    }

    /** Moves the incident along {@code transition}, stamping the times the response targets are measured by. */
    void moveTo(Transition transition, Instant at) {
        state = transition.to();
        switch (state) {
            case TRIAGED -> triagedAt = at;
            case CONTAINED -> containedAt = at;
            case CLOSED, FALSE_POSITIVE -> closedAt = at;
            default -> {
            }
        }
        updatedAt = at;
    }
}
