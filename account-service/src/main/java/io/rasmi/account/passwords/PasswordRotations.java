package io.rasmi.account.passwords;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import io.rasmi.account.entities.GovernmentEntity;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.EventType;
import io.rasmi.events.PasswordRotated;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;

/**
 * Password rotations of official accounts (G6.f, G6.g). A new password is checked, hashed with Argon2id and
 * fingerprinted for the reuse checks of later rotations, and dropped: it goes into no log line, answer, event or audit
 * row. The reuse checks cost the same for an entity of 10 accounts or 300: index lookups on the fingerprint, with
 * Argon2id only for rows that have none (see {@link PasswordFingerprints}).
 */
@ApplicationScoped
public class PasswordRotations {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PasswordFingerprints fingerprints;

    @Transactional
    public RotationView rotate(String entityCode, UUID accountId, PasswordRotationRequest request, String actor) {
        // One rotation at a time per account (records first, then the audit chain). Rotations of different accounts
        // run side by side, with no lock on the entity: the unique index on the entity's current fingerprints refuses
        // the second of two racing to the same password.
        OfficialAccount account = OfficialAccount.<OfficialAccount> find("id = ?1 and entityCode = ?2", accountId,
                entityCode).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("account.not-found"));
        account.requireNotArchived();
        // The same characters typed on different keyboards are the same password.
        String password = Normalizer.normalize(request.newPassword(), Normalizer.Form.NFC);
        PasswordRules.requireStrong(password, account.handle, entityCode);

        String keyId = fingerprints.keyId();
        byte[] fingerprint = fingerprints.of(password);
        if (PasswordRotation.usedBefore(account.id, keyId, fingerprint)
                || PasswordRotation.hashesWithoutFingerprint(account.id, keyId).stream()
                        .anyMatch(earlier -> Argon2id.matches(password, earlier))) {
            throw ProblemException.ruleViolated("G6.g", "password.reused");
        }
        if (PasswordRotation.currentElsewhere(entityCode, account.id, keyId, fingerprint)
                || PasswordRotation.currentHashesWithoutFingerprintElsewhere(entityCode, account.id, keyId).stream()
                        .anyMatch(hash -> Argon2id.matches(password, hash))) {
            throw ProblemException.ruleViolated("G6.f", "password.used-elsewhere");
        }

        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        PasswordRotation.retireCurrent(account.id);
        PasswordRotation rotation = new PasswordRotation();
        rotation.id = UUID.randomUUID();
        rotation.accountId = account.id;
        rotation.entityCode = entityCode;
        rotation.passwordHash = Argon2id.hash(password);
        rotation.passwordFingerprint = fingerprint;
        rotation.fingerprintKeyId = keyId;
        rotation.currentPassword = true;
        rotation.rotatedAt = now;
        rotation.nextDueAt = now.plus(PasswordPolicy.rotationDaysOf(entityCode), ChronoUnit.DAYS);
        rotation.rotatedBy = actor;
        persistRefusingARace(rotation);

        outbox.publish(EventType.ACCOUNT_PASSWORD_ROTATED, account.id, entityCode,
                new PasswordRotated(account.id, entityCode, rotation.rotatedAt, rotation.nextDueAt));
        auditTrail.record(entityCode, "account.password-rotated", "official-account", account.id,
                Map.of("rotatedAt", rotation.rotatedAt.toString(), "nextDueAt", rotation.nextDueAt.toString()));
        return RotationView.of(rotation);
    }

    /**
     * Writes the rotation now, before the event and the audit row, so that a rotation racing this one to the same
     * password waits on the index here and not while holding the audit chain. The loser is refused as if its check
     * had seen the winner.
     */
    private static void persistRefusingARace(PasswordRotation rotation) {
        try {
            rotation.persistAndFlush();
        } catch (PersistenceException failure) {
            String constraint = violatedConstraint(failure);
            if ("password_rotation_entity_current_fingerprint".equals(constraint)) {
                throw ProblemException.ruleViolated("G6.f", "password.used-elsewhere");
            }
            if ("password_rotation_account_fingerprint".equals(constraint)) {
                throw ProblemException.ruleViolated("G6.g", "password.reused");
            }
            throw failure;
        }
    }

    private static String violatedConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                return violation.getConstraintName();
            }
        }
        return null;
    }

    @Transactional
    public Page<RotationView> list(String entityCode, UUID accountId, PageRequest page) {
        OfficialAccount account = OfficialAccount.requireForEntity(accountId, entityCode);
        return Page.of(PasswordRotation.history(account.id), page, RotationView::of);
    }

    /** The account's latest rotation: when it was, and when the next is due (G6.g). */
    @Transactional
    public Optional<RotationView> latest(UUID accountId) {
        return PasswordRotation.latest(accountId).map(RotationView::of);
    }

    @Transactional
    public PasswordPolicyView policy(String entityCode) {
        PasswordPolicy policy = PasswordPolicy.findById(entityCode);
        return policy == null
                ? new PasswordPolicyView(entityCode, PasswordPolicy.GUIDELINE_ROTATION_DAYS,
                        PasswordPolicy.GUIDELINE_ROTATION_DAYS, false, null, 0)
                : view(policy);
    }

    /**
     * Sets the entity's rotation period. The guideline is the minimum (G2.3): more than 90 days answers 422 G6.g.
     * Rotations already recorded keep the due date they were given.
     */
    @Transactional
    public PasswordPolicyView setPolicy(String entityCode, String ifMatch, int rotationDays) {
        if (rotationDays > PasswordPolicy.GUIDELINE_ROTATION_DAYS) {
            throw ProblemException.ruleViolated("G6.g", "password.policy-too-long", PasswordPolicy.GUIDELINE_ROTATION_DAYS);
        }
        if (GovernmentEntity.findByCode(entityCode).isEmpty()) {
            throw ProblemException.unprocessable("entity.not-registered", entityCode);
        }
        PasswordPolicy policy = PasswordPolicy.findById(entityCode);
        if (ifMatch != null) {
            Versions.requireMatch(ifMatch, policy == null ? 0 : policy.version);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (policy == null) {
            policy = new PasswordPolicy();
            policy.entityCode = entityCode;
            policy.rotationDays = rotationDays;
            policy.updatedAt = now;
            policy.persist();
        } else if (policy.rotationDays != rotationDays) {
            policy.rotationDays = rotationDays;
            policy.updatedAt = now;
        } else {
            return view(policy);
        }
        PasswordPolicy.flush();
        auditTrail.record(entityCode, "password-policy.changed", "password-policy", entityCode,
                Map.of("rotationDays", rotationDays));
        return view(policy);
    }

    private static PasswordPolicyView view(PasswordPolicy policy) {
        return new PasswordPolicyView(policy.entityCode, policy.rotationDays, PasswordPolicy.GUIDELINE_ROTATION_DAYS,
                true, policy.updatedAt, policy.version);
    }
}
