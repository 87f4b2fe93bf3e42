package io.rasmi.account.reviews;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.account.state.AccountStatePublisher;
import io.rasmi.events.EventType;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.problem.ProblemException;

/** The verified badge of accounts (G6.k), as their entities record it. */
@ApplicationScoped
public class Verifications {

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Outbox outbox;

    @Inject
    AccountStatePublisher accountState;

    @Transactional
    public VerificationView verification(String entityCode, UUID accountId) {
        OfficialAccount account = OfficialAccount.requireForEntity(accountId, entityCode);
        AccountVerification verification = AccountVerification.findById(account.id);
        return verification == null ? VerificationView.none(account.id) : VerificationView.of(verification);
    }

    /** Replaces the account's verification record; If-Match, when sent, must name its current version. */
    @Transactional
    public VerificationView putVerification(String entityCode, UUID accountId, String ifMatch,
            VerificationRequest request, String actor) {
        OfficialAccount account = OfficialAccount.requireForEntity(accountId, entityCode);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean verified = request.verified();
        if (verified && request.verifiedAt() == null) {
            throw ProblemException.invalidField("verifiedAt", "verification.date-required");
        }
        if (verified && request.evidenceUrl() == null) {
            throw ProblemException.invalidField("evidenceUrl", "verification.evidence-required");
        }
        if (request.verifiedAt() != null && request.verifiedAt().isAfter(now)) {
            throw ProblemException.invalidField("verifiedAt", "verification.in-future");
        }
        AccountVerification verification = AccountVerification.findById(account.id);
        if (ifMatch != null) {
            if (verification == null) {
                throw ProblemException.preconditionFailed("verification.nothing-to-match");
            }
            Versions.requireMatch(ifMatch, verification.version);
        }
        account.requireNotArchived();
        boolean isNew = verification == null;
        if (isNew) {
            verification = new AccountVerification();
            verification.accountId = account.id;
        }
        verification.verified = verified;
        verification.verifiedAt = verified ? request.verifiedAt().truncatedTo(ChronoUnit.MICROS) : null;
        verification.evidenceUrl = request.evidenceUrl();
        verification.recordedAt = now;
        verification.recordedBy = actor;
        if (isNew) {
            verification.persist();
        }
        AccountVerification.flush();
        // The badge shows in public answers, which follow the account's own events. Before the audit entry: records
        // first (publishing locks the account's row), then the audit chain.
        accountState.publish(EventType.ACCOUNT_UPDATED, account, account.updatedSnapshot(now));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("verified", verified);
        if (verification.verifiedAt != null) {
            details.put("verifiedAt", verification.verifiedAt.toString());
        }
        auditTrail.record(entityCode, "account.verification-recorded", "official-account", account.id, details);
        return VerificationView.of(verification);
    }
}
