package io.rasmi.account.devices;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * A phone, computer or tablet the entity owns (G6.h2). Retiring a device keeps the record, so the two-factor
 * bindings and sessions that point at it still say where they were.
 */
@Entity
@Table(name = "government_device")
public class GovernmentDevice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "entity_code", nullable = false)
    public String entityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeviceKind kind;

    @Column(name = "asset_tag", nullable = false)
    public String assetTag;

    @Column(name = "asset_tag_key", nullable = false)
    public String assetTagKey;

    @Column(name = "serial_number")
    public String serialNumber;

    /** E.164. */
    @Column(name = "phone_number")
    public String phoneNumber;

    @Column(name = "custodian_staff_id")
    public UUID custodianStaffId;

    @Column
    public String fingerprint;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Version
    public long version;

    public boolean active() {
        return retiredAt == null;
    }

    /** Whether the device was in service at {@code instant}: not retired, or retired only after it. */
    public boolean inServiceAt(Instant instant) {
        return retiredAt == null || retiredAt.isAfter(instant);
    }

    public static Optional<GovernmentDevice> findForEntity(UUID id, String entityCode) {
        return find("id = ?1 and entityCode = ?2", id, entityCode).firstResultOptional();
    }

    public static String assetTagKey(String assetTag) {
        return assetTag.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static PanacheQuery<GovernmentDevice> ofEntity(String entityCode, Boolean active) {
        if (active == null) {
            return find("entityCode = ?1 order by registeredAt, id", entityCode);
        }
        return find("entityCode = ?1 and retiredAt is " + (active ? "null" : "not null")
                + " order by registeredAt, id", entityCode);
    }
}
