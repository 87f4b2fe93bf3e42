package io.rasmi.account.devices;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.account.entities.GovernmentEntity;
import io.rasmi.account.unit.StaffMember;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;

/** The register of the entity's own devices (G6.h2), which two-factor (G6.b) and the access log rely on. */
@ApplicationScoped
public class DeviceService {

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

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
        GovernmentDevice device = find(entityCode, id);
        if (device.active()) {
            device.retiredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            auditTrail.record(entityCode, "device.retired", "government-device", device.id,
                    Map.of("assetTag", device.assetTag));
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
