package io.rasmi.account.devices;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.EventType;
import io.rasmi.events.TwoFactorChanged;
import io.rasmi.events.TwoFactorMethod;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;

/** Two-factor authentication of official accounts on the entity's own devices (G6.b). */
@ApplicationScoped
public class TwoFactorService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Caller caller;

    /**
     * Binds the account's second factor to a device. The device must be an active government device of the same
     * entity, and SMS needs a phone with a number; anything else is refused with G6.b. Another entity's device is
     * refused like an unknown one, so its existence is not revealed. Binding again to the same method and device
     * changes nothing and emits nothing.
     */
    @Transactional
    public TwoFactorView bind(String entityCode, UUID accountId, BindTwoFactorRequest request) {
        OfficialAccount account = OfficialAccount.<OfficialAccount> find("id = ?1 and entityCode = ?2", accountId,
                entityCode).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("account.not-found"));
        if (account.status == AccountStatus.ARCHIVED) {
            throw ProblemException.conflict("two-factor.account-archived");
        }
        // Shared lock on the device: a retirement under way finishes first and this binding then sees it.
        GovernmentDevice device = GovernmentDevice.<GovernmentDevice> find("id = ?1 and entityCode = ?2",
                request.deviceId(), entityCode).withLock(LockModeType.PESSIMISTIC_READ).firstResultOptional()
                .orElseThrow(() -> ProblemException.ruleViolated("G6.b", "two-factor.device-unknown"));
        if (!device.active()) {
            throw ProblemException.ruleViolated("G6.b", "two-factor.device-retired", device.assetTag);
        }
        if (request.method() == TwoFactorMethod.SMS && (device.kind != DeviceKind.PHONE || device.phoneNumber == null)) {
            throw ProblemException.ruleViolated("G6.b", "two-factor.sms-needs-phone", device.assetTag);
        }
        TwoFactorBinding binding = TwoFactorBinding.findById(account.id);
        if (binding != null && binding.method == request.method() && binding.deviceId.equals(device.id)) {
            return TwoFactorView.of(binding, device);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean first = binding == null;
        String previous = first ? "none" : binding.method + "@" + binding.deviceId;
        if (first) {
            binding = new TwoFactorBinding();
            binding.accountId = account.id;
            binding.entityCode = entityCode;
        }
        binding.method = request.method();
        binding.deviceId = device.id;
        binding.boundAt = now;
        binding.boundBy = caller.username();
        if (first) {
            binding.persist();
        }
        outbox.publish(EventType.ACCOUNT_TWO_FACTOR_CHANGED, account.id, entityCode,
                new TwoFactorChanged(account.id, entityCode, binding.method, device.id, now));
        auditTrail.record(entityCode, "account.two-factor-changed", "official-account", account.id,
                Map.of("method", binding.method.name(), "deviceId", device.id.toString(), "previous", previous));
        return TwoFactorView.of(binding, device);
    }

    @Transactional
    public TwoFactorView get(String entityCode, UUID accountId) {
        OfficialAccount account = OfficialAccount.findForEntity(accountId, entityCode)
                .orElseThrow(() -> ProblemException.notFound("account.not-found"));
        TwoFactorBinding binding = TwoFactorBinding.findById(account.id);
        if (binding == null) {
            throw ProblemException.notFound("two-factor.not-bound");
        }
        return TwoFactorView.of(binding, GovernmentDevice.findById(binding.deviceId));
    }

    /**
     * G6.b as the lifecycle and the posture report ask it: the account's current binding is on a device of the
     * account's entity that is not retired. A binding whose device was retired stays recorded but no longer counts.
     */
    @Transactional
    public boolean onActiveGovernmentDevice(UUID accountId) {
        return TwoFactorBinding.getEntityManager().createQuery(
                "select count(b) from TwoFactorBinding b, GovernmentDevice d, OfficialAccount a "
                        + "where b.accountId = :account and a.id = b.accountId and d.id = b.deviceId "
                        + "and d.entityCode = a.entityCode and d.retiredAt is null", Long.class)
                .setParameter("account", accountId).getSingleResult() > 0;
    }
}
