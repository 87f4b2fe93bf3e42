package io.rasmi.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rasmi.events.AccountStatus;

/**
 * A status change that arrived before anything else about its account: kept (the newest only) until the account's
 * state or registration arrives, then applied if it is newer than that.
 */
@Entity
@Table(name = "known_account_pending_status")
public class PendingStatus extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    @Column(nullable = false)
    public String entity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountStatus status;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
