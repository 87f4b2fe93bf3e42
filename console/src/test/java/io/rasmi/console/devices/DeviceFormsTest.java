package io.rasmi.console.devices;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasmi.console.staff.StaffApi;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeviceFormsTest {

    @Test
    void shouldSendADeviceAsTypedLeavingBlankFieldsOutAndThePhoneForTheServiceToRead() {
        UUID keeper = UUID.randomUUID();
        DeviceForm form = DeviceForm.empty();
        form.assetTag = " MOH-IT-2026-0142 ";
        form.serialNumber = "";
        form.phoneNumber = "٠٧٧٠ ١٢٣ ٤٥٦٧";
        form.custodianStaffId = keeper.toString();
        form.fingerprint = "   ";

        DevicesApi.NewDevice request = form.toRequest();

        assertThat(request).isEqualTo(new DevicesApi.NewDevice("PHONE", "MOH-IT-2026-0142", null, "٠٧٧٠ ١٢٣ ٤٥٦٧",
                keeper, null));
    }

    @Test
    void shouldSendAKeeperOrADeviceThatIsNotAnIdAsNone() {
        DeviceForm device = DeviceForm.empty();
        device.custodianStaffId = "not-an-id";
        BindingForm binding = BindingForm.empty();
        binding.deviceId = "' or 1=1";

        assertThat(device.toRequest().custodianStaffId()).isNull();
        assertThat(binding.toRequest()).isEqualTo(new DevicesApi.NewBinding("SMS", null));
    }

    @Test
    void shouldNameEachDevicesKeeperAndOfferOnlyCurrentMembersAsKeepers() {
        StaffApi.Member current = new StaffApi.Member(UUID.randomUUID(), "moh", "زينب", "z@moh.gov.iq", "IT_OFFICER",
                true, null, Instant.EPOCH, 0);
        StaffApi.Member gone = new StaffApi.Member(UUID.randomUUID(), "moh", "Ali", "a@moh.gov.iq", "ANALYST", false,
                Instant.EPOCH, Instant.EPOCH, 1);
        DevicesApi.Device kept = new DevicesApi.Device(UUID.randomUUID(), "PHONE", "T-1", null, "+9647701234567",
                gone.id(), null, true, Instant.EPOCH, null);
        DevicesApi.Device unkept = new DevicesApi.Device(UUID.randomUUID(), "COMPUTER", "T-2", null, null, null, null,
                true, Instant.EPOCH, null);

        DeviceRegister register = DeviceRegister.of(List.of(kept, unkept), List.of(current, gone));

        assertThat(register.custodians()).containsExactly(current);
        assertThat(register.custodianOf(kept)).isEqualTo("Ali");
        assertThat(register.custodianOf(unkept)).isEmpty();
    }
}
