package io.rasmi.account.devices;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.account.unit.StaffFixtures;

@QuarkusTest
class DeviceTest {

    private static final String DEVICES = "/api/v1/devices";

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static GovernmentDevice stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> GovernmentDevice.findById(UUID.fromString(id)));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    @Test
    void shouldRegisterAPhoneWithItsNumberInE164() {
        String custodian = StaffFixtures.addStaff("moh", "IT_OFFICER");
        Map<String, Object> body = with(DeviceFixtures.phone("٠٧٧٠١٢٣٤٥٦٧"), "custodianStaffId", custodian);
        var created = as("moh", "it-security").body(body).post(DEVICES)
                .then().statusCode(201)
                .body("entity", equalTo("moh"))
                .body("kind", equalTo("PHONE"))
                .body("phoneNumber", equalTo("+9647701234567"))
                .body("assetTag", equalTo(body.get("assetTag")))
                .body("fingerprint", equalTo(body.get("fingerprint")))
                .body("custodianStaffId", equalTo(custodian))
                .body("active", equalTo(true))
                .body("retiredAt", nullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(DEVICES + "/" + id);
        assertThat(stored(id).phoneNumber).isEqualTo("+9647701234567");

        as("moh", "it-security").get(DEVICES + "/" + id).then().statusCode(200).body("id", equalTo(id));
        as("moh", "it-security").get(DEVICES + "?size=200").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.entity", everyItem(equalTo("moh")));
    }

    @Test
    void shouldRegisterAComputerWithoutANumber() {
        String id = DeviceFixtures.register("moh", DeviceFixtures.computer());
        assertThat(stored(id).kind).isEqualTo(DeviceKind.COMPUTER);
        assertThat(stored(id).phoneNumber).isNull();
    }

    static Stream<Arguments> phoneNumbers() {
        return Stream.of(
                Arguments.of("07701234567"),
                Arguments.of("+964 770 123 4567"),
                Arguments.of("٠٧٧٠١٢٣٤٥٦٧"),
                Arguments.of("009647701234567"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phoneNumbers")
    void shouldStoreEveryWritingOfANumberTheSameWay(String written) {
        entityAdmin("moh").body(DeviceFixtures.phone(written)).post(DEVICES)
                .then().statusCode(201)
                .body("phoneNumber", equalTo("+9647701234567"));
    }

    static Stream<Arguments> badDevices() {
        Map<String, Object> phone = DeviceFixtures.phone("07701234567");
        return Stream.of(
                Arguments.of("invalid number", with(phone, "phoneNumber", "0770 12"), "phoneNumber"),
                Arguments.of("letters for a number", with(phone, "phoneNumber", "call me"), "phoneNumber"),
                Arguments.of("unknown country code", with(phone, "phoneNumber", "+999 770 123 4567"), "phoneNumber"),
                Arguments.of("phone without number", with(phone, "phoneNumber", null), "phoneNumber"),
                Arguments.of("invalid number on a computer",
                        with(DeviceFixtures.computer(), "phoneNumber", "123"), "phoneNumber"),
                Arguments.of("no kind", with(phone, "kind", null), "kind"),
                Arguments.of("unknown kind", with(phone, "kind", "WATCH"), "kind"),
                Arguments.of("no asset tag", with(phone, "assetTag", null), "assetTag"),
                Arguments.of("blank asset tag", with(phone, "assetTag", "  "), "assetTag"),
                Arguments.of("fingerprint with spaces around", with(phone, "fingerprint", " fp "), "fingerprint"),
                Arguments.of("entity in the body", with(phone, "entity", "mohe"), "entity"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDevices")
    void shouldRejectBadDevicesAndStoreNothing(String why, Map<String, Object> body, String field) {
        long before = DeviceFixtures.deviceCount();
        entityAdmin("moh").body(body).post(DEVICES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        assertThat(DeviceFixtures.deviceCount()).isEqualTo(before);
    }

    @Test
    void shouldRefuseATakenAssetTagInTheEntity() {
        Map<String, Object> first = DeviceFixtures.computer();
        DeviceFixtures.register("moh", first);
        long before = DeviceFixtures.deviceCount();
        String tag = ((String) first.get("assetTag")).toLowerCase();
        entityAdmin("moh").body(with(DeviceFixtures.computer(), "assetTag", tag)).post(DEVICES)
                .then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(DeviceFixtures.deviceCount()).isEqualTo(before);
        // Another entity has its own inventory.
        DeviceFixtures.register("mohe", with(DeviceFixtures.computer(), "assetTag", first.get("assetTag")));
    }

    @Test
    void shouldRefuseAFingerprintOfAnotherDeviceInService() {
        Map<String, Object> first = DeviceFixtures.computer();
        String firstId = DeviceFixtures.register("moh", first);
        long before = DeviceFixtures.deviceCount();
        entityAdmin("moh").body(with(DeviceFixtures.computer(), "fingerprint", first.get("fingerprint")))
                .post(DEVICES)
                .then().statusCode(409);
        assertThat(DeviceFixtures.deviceCount()).isEqualTo(before);
        // Once the first is retired, its fingerprint may name a new device.
        DeviceFixtures.retire("moh", firstId);
        DeviceFixtures.register("moh", with(DeviceFixtures.computer(), "fingerprint", first.get("fingerprint")));
    }

    @Test
    void shouldRefuseACustodianOutsideTheEntitysUnit() {
        long before = DeviceFixtures.deviceCount();
        entityAdmin("moh").body(with(DeviceFixtures.phone("07701234567"), "custodianStaffId",
                StaffFixtures.addStaff("mohe"))).post(DEVICES)
                .then().statusCode(422)
                .contentType("application/problem+json");
        entityAdmin("moh").body(with(DeviceFixtures.phone("07701234567"), "custodianStaffId",
                UUID.randomUUID().toString())).post(DEVICES)
                .then().statusCode(422);
        assertThat(DeviceFixtures.deviceCount()).isEqualTo(before);
    }

    @Test
    void shouldRetireADeviceAndKeepIt() {
        String id = DeviceFixtures.registerPhone("moh");
        as("moh", "it-security").delete(DEVICES + "/" + id).then().statusCode(204);
        entityAdmin("moh").get(DEVICES + "/" + id).then().statusCode(200)
                .body("active", equalTo(false))
                .body("retiredAt", notNullValue());
        var retiredAt = stored(id).retiredAt;
        assertThat(retiredAt).isNotNull();
        entityAdmin("moh").get(DEVICES + "?active=false&size=200").then().body("items.id", hasItem(id));
        entityAdmin("moh").get(DEVICES + "?active=true&size=200").then().body("items.id", not(hasItem(id)));
        // Retiring again changes nothing.
        entityAdmin("moh").delete(DEVICES + "/" + id).then().statusCode(204);
        assertThat(stored(id).retiredAt).isEqualTo(retiredAt);
    }

    @Test
    void shouldAnswer404ForAnotherEntitysDevice() {
        String id = DeviceFixtures.registerPhone("moh");
        entityAdmin("mohe").get(DEVICES + "/" + id).then().statusCode(404).contentType("application/problem+json");
        entityAdmin("mohe").delete(DEVICES + "/" + id).then().statusCode(404);
        entityAdmin("mohe").get(DEVICES + "?size=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)))
                .body("items.entity", everyItem(equalTo("mohe")));
        entityAdmin("moh").get(DEVICES + "/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(stored(id).retiredAt).isNull();
    }

    @Test
    void shouldLetOnlyEntityAdminsAndItSecurityChangeDevices() {
        String id = DeviceFixtures.registerPhone("moh");
        long before = DeviceFixtures.deviceCount();
        for (String role : List.of("publisher", "approver", "moderator", "management")) {
            as("moh", role).body(DeviceFixtures.computer()).post(DEVICES).then().statusCode(403);
            as("moh", role).delete(DEVICES + "/" + id).then().statusCode(403);
            as("moh", role).get(DEVICES + "/" + id).then().statusCode(403);
        }
        assertThat(DeviceFixtures.deviceCount()).isEqualTo(before);
        assertThat(stored(id).retiredAt).isNull();
    }

    @Test
    void shouldReplayARetriedRegistration() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = DeviceFixtures.computer();
        String id = entityAdmin("moh").header("Idempotency-Key", key).body(body).post(DEVICES)
                .then().statusCode(201).extract().path("id");
        long before = DeviceFixtures.deviceCount();
        entityAdmin("moh").header("Idempotency-Key", key).body(body).post(DEVICES)
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        assertThat(DeviceFixtures.deviceCount()).isEqualTo(before);
    }
}
