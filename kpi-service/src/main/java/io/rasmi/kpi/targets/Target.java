package io.rasmi.kpi.targets;

import java.math.BigDecimal;
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
import io.rasmi.kpi.metrics.Metric;

/** What an entity aims for on one of its accounts, per metric and period (G4.3.g). */
@Entity
@Table(name = "kpi_target")
public class Target extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String entity;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Metric metric;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetPeriod period;

    @Column(nullable = false, precision = 20, scale = 3)
    public BigDecimal target;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;
}
