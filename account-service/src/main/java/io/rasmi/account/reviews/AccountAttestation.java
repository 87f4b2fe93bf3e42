package io.rasmi.account.reviews;

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
 * What a person attests about an account because the system cannot see it: the entity's logo as its picture
 * (G6.e), people and money to keep it going (G5.5, G4.3.l). Who, when, and the evidence.
 */
@Entity
@Table(name = "account_attestation")
public class AccountAttestation extends PanacheEntityBase {

    /** The clauses a person attests; the others the system checks itself. */
    public static final List<String> ATTESTABLE_CLAUSES = List.of("G6.e", "G5.5", "G4.3.l");

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "entity_code", nullable = false)
    public String entityCode;

    @Column(nullable = false)
    public String clause;

    @Column(name = "evidence_url", nullable = false)
    public String evidenceUrl;

    public String note;

    @Column(name = "attested_at", nullable = false)
    public Instant attestedAt;

    @Column(name = "attested_by", nullable = false)
    public String attestedBy;

    /** The latest attestation of the clause for the account. */
    public static Optional<AccountAttestation> latest(UUID accountId, String clause) {
        return find("accountId = ?1 and clause = ?2 order by attestedAt desc, id", accountId, clause)
                .firstResultOptional();
    }

    static PanacheQuery<AccountAttestation> ofAccount(UUID accountId, String clause) {
        return clause == null ? find("accountId = ?1 order by attestedAt desc, id", accountId)
                : find("accountId = ?1 and clause = ?2 order by attestedAt desc, id", accountId, clause);
    }
}
