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

/**
 * One change of an account's password (G6.f, G6.g): when, by whom, when the next is due, the Argon2id hash and the
 * keyed fingerprint ({@link PasswordFingerprints}). Neither is ever shown: the fields are package-private.
 */
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

    /** HMAC-SHA-256 of the password under the key {@link #fingerprintKeyId}; null on rows from before fingerprints. */
    @Column(name = "password_fingerprint")
    byte[] passwordFingerprint;

    @Column(name = "fingerprint_key_id")
    String fingerprintKeyId;

    /** Whether this is the account's current password, the one of its latest rotation. */
    @Column(name = "is_current", nullable = false)
    boolean currentPassword;

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

    /** G6.g: whether the account ever had the password with this fingerprint (an index lookup). */
    static boolean usedBefore(UUID accountId, String keyId, byte[] fingerprint) {
        return count("accountId = ?1 and fingerprintKeyId = ?2 and passwordFingerprint = ?3", accountId, keyId,
                fingerprint) > 0;
    }

    /** G6.f: whether another account of the entity uses the password with this fingerprint now (an index lookup). */
    static boolean currentElsewhere(String entityCode, UUID accountId, String keyId, byte[] fingerprint) {
        return count("entityCode = ?1 and fingerprintKeyId = ?2 and passwordFingerprint = ?3 "
                + "and currentPassword = true and accountId <> ?4", entityCode, keyId, fingerprint, accountId) > 0;
    }

    /*
     * Rows whose fingerprint is missing (from before fingerprints) or made with another key than the configured one
     * can only be checked with Argon2id. "Another key" is written as below, not as <>, so the lookups stay on the
     * indexes (nulls first, then the ranges on either side of the key id).
     */
    private static final String OTHER_KEY =
            "(r.fingerprintKeyId is null or r.fingerprintKeyId < :key or r.fingerprintKeyId > :key)";

    /** The Argon2id hashes of the account's history that have no fingerprint under the configured key. */
    static List<String> hashesWithoutFingerprint(UUID accountId, String keyId) {
        return getEntityManager().createQuery("select r.passwordHash from PasswordRotation r "
                + "where r.accountId = :account and " + OTHER_KEY, String.class)
                .setParameter("account", accountId).setParameter("key", keyId).getResultList();
    }

    /** The Argon2id hashes of the other accounts' current passwords without a fingerprint under the configured key. */
    static List<String> currentHashesWithoutFingerprintElsewhere(String entityCode, UUID accountId, String keyId) {
        return getEntityManager().createQuery("select r.passwordHash from PasswordRotation r "
                + "where r.entityCode = :entity and r.currentPassword = true and r.accountId <> :account and "
                + OTHER_KEY, String.class)
                .setParameter("entity", entityCode).setParameter("account", accountId).setParameter("key", keyId)
                .getResultList();
    }

    /** The account's current password is about to be replaced: its row becomes history. */
    static void retireCurrent(UUID accountId) {
        update("currentPassword = false where accountId = ?1 and currentPassword = true", accountId);
    }
}
