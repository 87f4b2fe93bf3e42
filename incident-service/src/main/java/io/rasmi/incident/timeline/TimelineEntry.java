package io.rasmi.incident.timeline;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of an incident's history. The table refuses UPDATE and DELETE: entries are only ever added. */
@Entity
@Table(name = "incident_timeline")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Column(nullable = false)
    public String entity;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TimelineKind kind;

    /** Who: a username, {@code system}, or {@code cert:<username>} for the national CERT. */
    @Column(nullable = false)
    public String actor;

    public String text;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(name = "evidence_sha256")
    public String evidenceSha256;

    @Column(name = "evidence_note")
    public String evidenceNote;

    @Column(name = "refers_to")
    public UUID refersTo;

    /** Facts of the entry as a JSON object (from, to, severity, target...); null when it has none. */
    public String details;
}
