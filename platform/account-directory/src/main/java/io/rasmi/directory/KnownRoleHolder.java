package io.rasmi.directory;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.rasmi.events.AccountRole;

/** A staff member holding a role on a known account (G6.a), as the account's newest state says. */
@Embeddable
public class KnownRoleHolder {

    @Column(name = "staff_id", nullable = false)
    public UUID staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountRole role;

    protected KnownRoleHolder() {
    }

    public KnownRoleHolder(UUID staffId, AccountRole role) {
        this.staffId = staffId;
        this.role = role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KnownRoleHolder holder && Objects.equals(staffId, holder.staffId)
                && role == holder.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(staffId, role);
    }
}
