package io.rasmi.account.devices;

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
import io.rasmi.events.TwoFactorMethod;

/**
 * Where an account's second factor is delivered (G6.b): one binding per account, replaced when it moves. Earlier
 * bindings are in the audit trail and the two-factor-changed events.
 */
@Entity
@Table(name = "two_factor_binding")
public class TwoFactorBinding extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "entity_code", nullable = false)
    public String entityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TwoFactorMethod method;

    @Column(name = "device_id", nullable = false)
    public UUID deviceId;

    @Column(name = "bound_at", nullable = false)
    public Instant boundAt;

    @Column(name = "bound_by", nullable = false)
    public String boundBy;

    @Version
    public long version;
}
