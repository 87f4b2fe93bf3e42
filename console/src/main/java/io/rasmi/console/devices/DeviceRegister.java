package io.rasmi.console.devices;

import io.rasmi.console.staff.StaffApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The devices page: the entity's devices, the unit's current members (who may keep one), and each device's keeper
 * by name. {@code custodians} is empty when the members could not be read; the form then takes no keeper.
 */
public record DeviceRegister(List<DevicesApi.Device> devices, List<StaffApi.Member> custodians,
        Map<UUID, String> names) {

    static DeviceRegister of(List<DevicesApi.Device> devices, List<StaffApi.Member> members) {
        Map<UUID, String> names = members.stream()
                .collect(Collectors.toMap(StaffApi.Member::id, StaffApi.Member::fullName, (a, b) -> a));
        return new DeviceRegister(devices, members.stream().filter(StaffApi.Member::active).toList(), names);
    }

    /** The keeper's name, or empty when none (or a member the page could not read). */
    public String custodianOf(DevicesApi.Device device) {
        return device.custodianStaffId() == null ? "" : names.getOrDefault(device.custodianStaffId(), "");
    }
}
