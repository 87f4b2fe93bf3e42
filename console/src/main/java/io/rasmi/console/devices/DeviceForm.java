package io.rasmi.console.devices;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;

/**
 * A government device to register (G6.h2), as typed; the phone number goes as typed (account-service reads any
 * common writing, Arabic-Indic digits included, and keeps it in E.164).
 */
public class DeviceForm {

    public static final Set<String> FIELDS = Set.of("kind", "assetTag", "serialNumber", "phoneNumber",
            "custodianStaffId", "fingerprint");

    /** The kinds; the same names as account-service's {@code DeviceKind}. */
    public static final List<String> KINDS = List.of("PHONE", "COMPUTER", "TABLET");

    @RestForm
    public String kind;

    @RestForm
    public String assetTag;

    @RestForm
    public String serialNumber;

    @RestForm
    public String phoneNumber;

    @RestForm
    public String custodianStaffId;

    @RestForm
    public String fingerprint;

    public static DeviceForm empty() {
        DeviceForm form = new DeviceForm();
        form.kind = "PHONE";
        return form;
    }

    public List<String> kinds() {
        return KINDS;
    }

    DevicesApi.NewDevice toRequest() {
        return new DevicesApi.NewDevice(blankToNull(kind), blankToNull(assetTag), blankToNull(serialNumber),
                blankToNull(phoneNumber), uuidOrNull(custodianStaffId), blankToNull(fingerprint));
    }

    /** An id that is not one goes as none; the service then says what is missing. */
    static UUID uuidOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
