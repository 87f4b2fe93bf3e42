package io.rasmi.incident.cert;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of one STIX object in the TAXII collection, with when it was added. Append-only. */
@Entity
@Table(name = "cert_feed_object")
public class CertFeedObject extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "object_id", nullable = false)
    public String objectId;

    @Column(name = "object_type", nullable = false)
    public String objectType;

    /** The STIX {@code modified} (or {@code created}) of this version; empty for an object that has neither. */
    @Column(nullable = false)
    public String version;

    @Column(nullable = false, columnDefinition = "text")
    public String object;
}
