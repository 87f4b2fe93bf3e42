package io.rasmi.account.unit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A course a member of the unit completed (G7.6). Records are facts: appended, never changed. */
@Entity
@Table(name = "staff_training")
public class StaffTraining extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "staff_id", nullable = false)
    public UUID staffId;

    @Column(name = "entity_code", nullable = false)
    public String entityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrainingTopic topic;

    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
