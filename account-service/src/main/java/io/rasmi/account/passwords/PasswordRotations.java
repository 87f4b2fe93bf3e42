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
import jakarta.transaction.Transactional;

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
 * Password rotations of official accounts (G6.f, G6.g). A new password is checked, hashed with Argon2id for the
 * reuse checks of later rotations, and dropped: it goes into no log line, answer, event or audit row.
 */
@ApplicationScoped
public class PasswordRotations {

    /** G6.g: never reuse a password; the last 24 of the account are remembered. */
    static final int REMEMBERED_PASSWORDS = 24;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    @Transactional
    public RotationView rotate(String entityCode, UUID accountId, PasswordRotationRequest request, String actor) {
        OfficialAccount account = OfficialAccount.requireForEntity(accountId, entityCode);
        account.requireNotArchived();
        // The same characters typed on different keyboards are the same password.
        String password = Normalizer.normalize(request.newPassword(), Normalizer.Form.NFC);
        PasswordRules.requireStrong(password, account.handle, entityCode);

        // One rotation at a time per entity, so two accounts cannot take the same password side by side.
        OfficialAccount.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "password-rotation:" + entityCode).getSingleResult();
        boolean reused = PasswordRotation.recent(account.id, REMEMBERED_PASSWORDS).stream()
                .anyMatch(earlier -> Argon2id.matches(password, earlier.passwordHash));
        if (reused) {
            throw ProblemException.ruleViolated("G6.g", "password.reused", REMEMBERED_PASSWORDS);
        }
        boolean usedElsewhere = PasswordRotation.currentHashesOfOtherAccounts(entityCode, account.id).stream()
                .anyMatch(hash -> Argon2id.matches(password, hash));
        if (usedElsewhere) {
            throw ProblemException.ruleViolated("G6.f", "password.used-elsewhere");
        }

        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        PasswordRotation rotation = new PasswordRotation();
        rotation.id = UUID.randomUUID();
        rotation.accountId = account.id;
        rotation.entityCode = entityCode;
        rotation.passwordHash = Argon2id.hash(password);
        rotation.rotatedAt = now;
        rotation.nextDueAt = now.plus(PasswordPolicy.rotationDaysOf(entityCode), ChronoUnit.DAYS);
        rotation.rotatedBy = actor;
        rotation.persist();

        outbox.publish(EventType.ACCOUNT_PASSWORD_ROTATED, account.id, entityCode,
                new PasswordRotated(account.id, entityCode, rotation.rotatedAt, rotation.nextDueAt));
        auditTrail.record(entityCode, "account.password-rotated", "official-account", account.id,
                Map.of("rotatedAt", rotation.rotatedAt.toString(), "nextDueAt", rotation.nextDueAt.toString()));
        return RotationView.of(rotation);
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
