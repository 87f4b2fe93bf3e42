package io.rasmi.incident.cert;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One bundle sent to the CERT about one incident: what it was told, and when. Append-only. */
@Entity
@Table(name = "cert_feed_entry")
public class CertFeedEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Column(nullable = false)
    public String entity;

    /** 1 for the report, then one more for each change. */
    @Column(nullable = false)
    public int version;

    /** The incident's STIX {@code modified} in this bundle. */
    @Column(name = "modified_at", nullable = false)
    public Instant modifiedAt;

    /** The STIX 2.1 bundle, as sent. */
    @Column(nullable = false, columnDefinition = "text")
    public String bundle;

    /** The same incident as a MISP core-format event. */
    @Column(name = "misp_event", nullable = false, columnDefinition = "text")
    public String mispEvent;
}
