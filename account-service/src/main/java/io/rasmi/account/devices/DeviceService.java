package io.rasmi.account.devices;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.rasmi.account.entities.GovernmentEntity;
import io.rasmi.account.unit.StaffMember;
import io.rasmi.events.EventType;
import io.rasmi.events.TwoFactorChanged;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.text.personaldata.PhoneNumbers;

/** The register of the entity's own devices (G6.h2), which two-factor (G6.b) and the access log rely on. */
@ApplicationScoped
public class DeviceService {

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Outbox outbox;

    @Transactional
    public DeviceView register(String entityCode, RegisterDeviceRequest request) {
        GovernmentEntity.findByCode(entityCode)
                .orElseThrow(() -> ProblemException.unprocessable("entity.not-registered", entityCode));
        String phoneNumber = null;
        if (request.phoneNumber() != null && !request.phoneNumber().isBlank()) {
            phoneNumber = PhoneNumbers.toE164(request.phoneNumber())
                    .orElseThrow(() -> ProblemException.invalidField("phoneNumber", "device.phone-invalid"));
        } else if (request.kind() == DeviceKind.PHONE) {
            throw ProblemException.invalidField("phoneNumber", "device.phone-required");
        }
        String assetTagKey = GovernmentDevice.assetTagKey(request.assetTag());
        if (GovernmentDevice.count("entityCode = ?1 and assetTagKey = ?2", entityCode, assetTagKey) > 0) {
            throw ProblemException.conflict("device.asset-tag-taken", request.assetTag().strip());
        }
        String fingerprint = request.fingerprint();
        if (fingerprint != null && GovernmentDevice.count(
                "entityCode = ?1 and fingerprint = ?2 and retiredAt is null", entityCode, fingerprint) > 0) {
            throw ProblemException.conflict("device.fingerprint-taken");
        }
        if (request.custodianStaffId() != null) {
            StaffMember custodian = StaffMember.findForEntity(request.custodianStaffId(), entityCode)
                    .orElseThrow(() -> ProblemException.unprocessable("device.custodian-unknown"));
            if (!custodian.active) {
                throw ProblemException.unprocessable("device.custodian-inactive");
            }
        }
        GovernmentDevice device = new GovernmentDevice();
        device.id = UUID.randomUUID();
        device.entityCode = entityCode;
        device.kind = request.kind();
        device.assetTag = request.assetTag().strip();
        device.assetTagKey = assetTagKey;
        device.serialNumber = request.serialNumber() == null || request.serialNumber().isBlank() ? null
                : request.serialNumber().strip();
        device.phoneNumber = phoneNumber;
        device.custodianStaffId = request.custodianStaffId();
        device.fingerprint = fingerprint;
        device.registeredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        device.persist();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", device.kind.name());
        details.put("assetTag", device.assetTag);
        auditTrail.record(entityCode, "device.registered", "government-device", device.id, details);
        return DeviceView.of(device);
    }

    /**
     * Takes a device out of service; the record stays. Retiring is never refused (a lost phone must be retired at
     * once): a two-factor binding on the device stays recorded but stops counting for G6.b, and the device's
     * fingerprint no longer vouches for sessions after this moment. Retiring a retired device changes nothing.
     */
    @Transactional
    public DeviceView retire(String entityCode, UUID id) {
        // Locked, so a binding to this device either finished before (and is announced below) or waits and sees it
        // retired; the bindings follow in account id order, then the audit chain.
        GovernmentDevice device = GovernmentDevice.<GovernmentDevice> find("id = ?1 and entityCode = ?2", id,
                entityCode).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("device.not-found"));
        if (device.active()) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            device.retiredAt = now;
            List<TwoFactorBinding> bound = TwoFactorBinding.<TwoFactorBinding> find(
                    "deviceId = ?1 order by accountId", device.id).withLock(LockModeType.PESSIMISTIC_WRITE).list();
            // G6.b changes for every account whose second factor is on this device: each hears it.
            for (TwoFactorBinding binding : bound) {
                outbox.publish(EventType.ACCOUNT_TWO_FACTOR_CHANGED, binding.accountId, binding.entityCode,
                        new TwoFactorChanged(binding.accountId, binding.entityCode, binding.method, device.id, now,
                                now));
            }
            auditTrail.record(entityCode, "device.retired", "government-device", device.id,
                    Map.of("assetTag", device.assetTag, "boundAccounts", bound.size()));
            for (TwoFactorBinding binding : bound) {
                auditTrail.record(binding.entityCode, "account.two-factor-device-retired", "official-account",
                        binding.accountId, Map.of("method", binding.method.name(), "deviceId", device.id.toString()));
            }
        }
        return DeviceView.of(device);
    }

    @Transactional
    public DeviceView get(String entityCode, UUID id) {
        return DeviceView.of(find(entityCode, id));
    }

    @Transactional
    public Page<DeviceView> list(String entityCode, Boolean active, PageRequest page) {
        return Page.of(GovernmentDevice.ofEntity(entityCode, active), page, DeviceView::of);
    }

    static GovernmentDevice find(String entityCode, UUID id) {
        return GovernmentDevice.findForEntity(id, entityCode)
                .orElseThrow(() -> ProblemException.notFound("device.not-found"));
    }
}
