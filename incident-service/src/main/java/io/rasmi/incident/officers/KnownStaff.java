package io.rasmi.incident.officers;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rasmi.events.UnitRole;

/**
 * A member of an entity's social media unit as account-service last published them; written only by
 * {@link StaffDirectory}, read to find whom to tell of a breach.
 */
@Entity
@Table(name = "known_staff")
public class KnownStaff extends PanacheEntityBase {

    @Id
    @Column(name = "staff_id")
    public UUID staffId;

    @Column(name = "entity_code", nullable = false)
    public String entityCode;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "official_email", nullable = false)
    public String officialEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_role", nullable = false)
    public UnitRole unitRole;

    @Column(nullable = false)
    public boolean active;

    /** The snapshot's version; a snapshot is applied only over an older one. */
    @Column(nullable = false)
    public int version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
