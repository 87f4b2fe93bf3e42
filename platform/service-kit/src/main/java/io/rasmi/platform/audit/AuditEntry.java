package io.rasmi.platform.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One row of the append-only audit trail; {@link #hash} covers the row and the hash of the previous row of the same
 * {@link #chain}.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The tenant the record belongs to; null for platform-wide records such as the list of entities. */
    public String entity;

    /** The hash chain the row belongs to: its entity's, or {@code ~platform} (see {@link AuditTrail}). */
    @Column(nullable = false)
    public String chain;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id", nullable = false)
    public String recordId;

    @Column(name = "request_id")
    public String requestId;

    /** What changed, as JSON text (kept as text so the hashed bytes are the stored bytes). */
    @Column(columnDefinition = "text")
    public String details;

    @Column(name = "previous_hash", nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;
}
