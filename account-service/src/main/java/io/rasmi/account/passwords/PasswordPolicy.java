package io.rasmi.account.passwords;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An entity's own rotation period: the guideline's 90 days at most (G6.g), fewer if the entity wants (G2.3). */
@Entity
@Table(name = "password_policy")
public class PasswordPolicy extends PanacheEntityBase {

    /** G6.g: change the password every 90 days at most. */
    public static final int GUIDELINE_ROTATION_DAYS = 90;

    @Id
    @Column(name = "entity_code")
    public String entityCode;

    @Column(name = "rotation_days", nullable = false)
    public int rotationDays;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The entity's rotation period in days: its own setting, else the guideline's. */
    public static int rotationDaysOf(String entityCode) {
        PasswordPolicy policy = findById(entityCode);
        return policy == null ? GUIDELINE_ROTATION_DAYS : policy.rotationDays;
    }
}
