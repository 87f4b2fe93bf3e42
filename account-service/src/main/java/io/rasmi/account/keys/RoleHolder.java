package io.rasmi.account.keys;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rasmi.events.AccountRole;

/**
 * A member of the unit holding a role on an official account (G6.a, G4.3.e). Removal sets {@link #removedAt}; the
 * row stays, so the account's history of who held its keys is never lost.
 */
@Entity
@Table(name = "account_role_holder")
public class RoleHolder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "entity_code", nullable = false)
    public String entityCode;

    @Column(name = "staff_id", nullable = false)
    public UUID staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountRole role;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "removed_at")
    public Instant removedAt;

    @Column(name = "removed_by")
    public String removedBy;

    @Version
    public long version;

    public boolean current() {
        return removedAt == null;
    }

    /** How many roles on any account the member holds now. */
    public static long currentCountOfStaff(UUID staffId) {
        return count("staffId = ?1 and removedAt is null", staffId);
    }

    /** How many people hold {@code role} on the account now. */
    public static long currentCount(UUID accountId, AccountRole role) {
        return count("accountId = ?1 and role = ?2 and removedAt is null", accountId, role);
    }
}
