package io.rasmi.account.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The official decision that creates an account (G5.1). Recorded once; it does not change afterwards. */
@Entity
@Table(name = "account_decision")
public class AccountDecision extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(nullable = false)
    public String signatory;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public static boolean isRecordedFor(UUID accountId) {
        return count("accountId", accountId) > 0;
    }
}
