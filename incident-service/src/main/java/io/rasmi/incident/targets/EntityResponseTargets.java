package io.rasmi.incident.targets;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An entity's own, tighter response targets. */
@Entity
@Table(name = "entity_response_targets")
public class EntityResponseTargets extends PanacheEntityBase {

    @Id
    public String entity;

    @Column(name = "triage_minutes", nullable = false)
    public int triageMinutes;

    @Column(name = "containment_minutes", nullable = false)
    public int containmentMinutes;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;
}
