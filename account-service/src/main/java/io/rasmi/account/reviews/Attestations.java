package io.rasmi.account.reviews;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;

/** What people attest about accounts because the system cannot see it (G6.e, G5.5, G4.3.l). */
@ApplicationScoped
public class Attestations {

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    @Transactional
    public AttestationView attest(String entityCode, UUID accountId, AttestationRequest request, String actor) {
        OfficialAccount account = OfficialAccount.requireForEntity(accountId, entityCode);
        String clause = request.clause().strip();
        if (!AccountAttestation.ATTESTABLE_CLAUSES.contains(clause)) {
            throw ProblemException.unprocessable("attestation.clause-not-attestable", clause,
                    String.join(", ", AccountAttestation.ATTESTABLE_CLAUSES));
        }
        account.requireNotArchived();
        AccountAttestation attestation = new AccountAttestation();
        attestation.id = UUID.randomUUID();
        attestation.accountId = account.id;
        attestation.entityCode = entityCode;
        attestation.clause = clause;
        attestation.evidenceUrl = request.evidenceUrl();
        attestation.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        attestation.attestedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        attestation.attestedBy = actor;
        attestation.persist();
        auditTrail.record(entityCode, "account.attested", "official-account", account.id,
                Map.of("attestation", attestation.id.toString(), "clause", clause));
        return AttestationView.of(attestation);
    }

    @Transactional
    public Page<AttestationView> attestations(String entityCode, UUID accountId, String clause, PageRequest page) {
        OfficialAccount account = OfficialAccount.requireForEntity(accountId, entityCode);
        return Page.of(AccountAttestation.ofAccount(account.id, clause), page, AttestationView::of);
    }
}
