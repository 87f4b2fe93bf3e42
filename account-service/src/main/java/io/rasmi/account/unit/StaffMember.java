package io.rasmi.account.unit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** A member of an entity's social media unit (G4.3.k). People who leave are marked inactive, never deleted. */
@Entity
@Table(name = "staff_member")
public class StaffMember extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "entity_code", nullable = false)
    public String entityCode;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    /** Lower case, on one of the entity's domains (G6.c). */
    @Column(name = "official_email", nullable = false)
    public String officialEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_role", nullable = false)
    public UnitRole unitRole;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "left_at")
    public Instant leftAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<StaffMember> findForEntity(UUID id, String entityCode) {
        return find("id = ?1 and entityCode = ?2", id, entityCode).firstResultOptional();
    }

    /**
     * The entity's member, locked until the transaction ends. Leaving the unit and being given a role both take this
     * lock, so a member can never end up gone yet holding a role (G6.a, G4.3.e).
     */
    public static Optional<StaffMember> lockForEntity(UUID id, String entityCode) {
        return find("id = ?1 and entityCode = ?2", id, entityCode).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public static boolean emailTaken(String entityCode, String email, UUID except) {
        return count("entityCode = ?1 and officialEmail = ?2 and id <> ?3", entityCode, email,
                except == null ? new UUID(0, 0) : except) > 0;
    }

    public static PanacheQuery<StaffMember> ofEntity(String entityCode, Boolean active) {
        if (active == null) {
            return find("entityCode = ?1 order by createdAt, id", entityCode);
        }
        return find("entityCode = ?1 and active = ?2 order by createdAt, id", entityCode, active);
    }
}
