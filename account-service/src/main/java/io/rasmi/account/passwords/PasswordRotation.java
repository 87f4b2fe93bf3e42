package io.rasmi.account.passwords;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One change of an account's password (G6.f, G6.g): when, by whom, when the next is due, and the Argon2id hash. */
@Entity
@Table(name = "password_rotation")
public class PasswordRotation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "entity_code", nullable = false)
    public String entityCode;

    /** Argon2id in PHC format, kept only to refuse reuse; never the password. */
    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Column(name = "rotated_at", nullable = false)
    public Instant rotatedAt;

    @Column(name = "next_due_at", nullable = false)
    public Instant nextDueAt;

    @Column(name = "rotated_by", nullable = false)
    public String rotatedBy;

    public static boolean existsFor(UUID accountId) {
        return count("accountId", accountId) > 0;
    }

    /** Whether the password was changed after {@code instant}, for example after a compromise. */
    public static boolean existsAfter(UUID accountId, Instant instant) {
        return count("accountId = ?1 and rotatedAt > ?2", accountId, instant) > 0;
    }

    /** The account's latest rotation, which says when the next one is due. */
    public static Optional<PasswordRotation> latest(UUID accountId) {
        return history(accountId).firstResultOptional();
    }

    public static PanacheQuery<PasswordRotation> history(UUID accountId) {
        return find("accountId = ?1 order by rotatedAt desc, id", accountId);
    }

    static List<PasswordRotation> recent(UUID accountId, int count) {
        return history(accountId).range(0, count - 1).list();
    }

    /** The hash of the password each other account of the entity uses now: the one of its latest rotation. */
    @SuppressWarnings("unchecked")
    static List<String> currentHashesOfOtherAccounts(String entityCode, UUID accountId) {
        return getEntityManager().createNativeQuery("""
                select distinct on (account_id) password_hash from password_rotation
                where entity_code = ?1 and account_id <> ?2
                order by account_id, rotated_at desc""")
                .setParameter(1, entityCode)
                .setParameter(2, accountId)
                .getResultList();
    }
}
