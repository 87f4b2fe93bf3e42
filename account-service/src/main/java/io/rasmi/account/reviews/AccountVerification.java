package io.rasmi.account.reviews;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Whether the platform verified the account (its badge, G6.k), as the entity last recorded it. */
@Entity
@Table(name = "account_verification")
public class AccountVerification extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    @Column(nullable = false)
    public boolean verified;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Version
    public long version;
}
