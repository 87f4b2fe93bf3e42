package io.rasmi.account.reviews;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.rasmi.events.ReviewKind;

/** A review of an account's settings, access history or role holders (G6.h), as the reviewer recorded it. */
@Entity
@Table(name = "account_review")
public class AccountReview extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "entity_code", nullable = false)
    public String entityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewKind kind;

    /** When the review was done, which may be before it was recorded. */
    @Column(name = "reviewed_at", nullable = false)
    public Instant reviewedAt;

    @Column(nullable = false)
    public String findings;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** Whether a review of this kind was done after {@code instant}, for example after a compromise. */
    public static boolean existsAfter(UUID accountId, ReviewKind kind, Instant instant) {
        return count("accountId = ?1 and kind = ?2 and reviewedAt > ?3", accountId, kind, instant) > 0;
    }

    /** The latest review of this kind done at or before {@code asOf}. */
    public static Optional<AccountReview> latest(UUID accountId, ReviewKind kind, Instant asOf) {
        return find("accountId = ?1 and kind = ?2 and reviewedAt <= ?3 order by reviewedAt desc, id", accountId, kind,
                asOf).firstResultOptional();
    }

    static PanacheQuery<AccountReview> ofAccount(UUID accountId, ReviewKind kind) {
        return kind == null ? find("accountId = ?1 order by reviewedAt desc, id", accountId)
                : find("accountId = ?1 and kind = ?2 order by reviewedAt desc, id", accountId, kind);
    }
}
