package io.rasmi.account.devices;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.account.lifecycle.AccessEvidence;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.TwoFactorChanged;
import io.rasmi.events.TwoFactorMethod;

@QuarkusTest
class TwoFactorTest {

    @Inject
    AccessEvidence accessEvidence;

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static String twoFactorOf(String accountId) {
        return "/api/v1/accounts/" + accountId + "/two-factor";
    }

    private static Map<String, Object> binding(String method, String deviceId) {
        return Map.of("method", method, "deviceId", deviceId);
    }

    private static TwoFactorBinding stored(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> TwoFactorBinding.findById(UUID.fromString(accountId)));
    }

    private boolean onGovernmentDevice(String accountId) {
        return accessEvidence.twoFactorOnGovernmentDevice(UUID.fromString(accountId));
    }

    @Test
    void shouldBindTwoFactorToAGovernmentPhone() {
        String account = Fixtures.proposeAccount("moh");
        String phone = DeviceFixtures.registerPhone("moh");
        assertThat(onGovernmentDevice(account)).isFalse();

        as("moh", "it-security").body(binding("SMS", phone)).put(twoFactorOf(account))
                .then().statusCode(200)
                .body("accountId", equalTo(account))
                .body("method", equalTo("SMS"))
                .body("deviceId", equalTo(phone))
                .body("deviceKind", equalTo("PHONE"))
                .body("deviceActive", equalTo(true))
                .body("onGovernmentDevice", equalTo(true))
                .body("boundBy", equalTo("moh-it-security"));
        as("moh", "it-security").get(twoFactorOf(account)).then().statusCode(200)
                .body("method", equalTo("SMS"))
                .body("onGovernmentDevice", equalTo(true));
        assertThat(onGovernmentDevice(account)).isTrue();
    }

    @Test
    void shouldMoveTheSecondFactorToAnotherDevice() {
        String account = Fixtures.proposeAccount("moh");
        entityAdmin("moh").body(binding("SMS", DeviceFixtures.registerPhone("moh"))).put(twoFactorOf(account))
                .then().statusCode(200);
        String computer = DeviceFixtures.register("moh", DeviceFixtures.computer());
        entityAdmin("moh").body(binding("SECURITY_KEY", computer)).put(twoFactorOf(account))
                .then().statusCode(200)
                .body("method", equalTo("SECURITY_KEY"))
                .body("deviceKind", equalTo("COMPUTER"));
        assertThat(stored(account).deviceId).isEqualTo(UUID.fromString(computer));
        assertThat(stored(account).method).isEqualTo(TwoFactorMethod.SECURITY_KEY);
    }

    @Test
    void shouldRefuseADeviceOfAnotherEntity() {
        String account = Fixtures.proposeAccount("moh");
        String foreignPhone = DeviceFixtures.registerPhone("mohe");
        entityAdmin("moh").body(binding("SMS", foreignPhone)).put(twoFactorOf(account))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("clause", equalTo("G6.b"));
        entityAdmin("moh").body(binding("AUTHENTICATOR_APP", UUID.randomUUID().toString())).put(twoFactorOf(account))
                .then().statusCode(422)
                .body("clause", equalTo("G6.b"));
        assertThat(stored(account)).isNull();
        assertThat(onGovernmentDevice(account)).isFalse();
    }

    @Test
    void shouldRefuseARetiredDevice() {
        String account = Fixtures.proposeAccount("moh");
        String phone = DeviceFixtures.registerPhone("moh");
        DeviceFixtures.retire("moh", phone);
        entityAdmin("moh").body(binding("SMS", phone)).put(twoFactorOf(account))
                .then().statusCode(422)
                .body("clause", equalTo("G6.b"));
        assertThat(stored(account)).isNull();
    }

    @Test
    void shouldRefuseSmsOnADeviceWithoutANumber() {
        String account = Fixtures.proposeAccount("moh");
        String computer = DeviceFixtures.register("moh", DeviceFixtures.computer());
        entityAdmin("moh").body(binding("SMS", computer)).put(twoFactorOf(account))
                .then().statusCode(422)
                .body("clause", equalTo("G6.b"));
        assertThat(stored(account)).isNull();
        // The same computer is fine for an authenticator app.
        entityAdmin("moh").body(binding("AUTHENTICATOR_APP", computer)).put(twoFactorOf(account))
                .then().statusCode(200);
        // A refused change leaves the binding as it was.
        entityAdmin("moh").body(binding("SMS", computer)).put(twoFactorOf(account)).then().statusCode(422);
        assertThat(stored(account).method).isEqualTo(TwoFactorMethod.AUTHENTICATOR_APP);
    }

    @Test
    void shouldStopCountingABindingWhoseDeviceIsRetired() {
        String account = Fixtures.proposeAccount("moh");
        String phone = DeviceFixtures.registerPhone("moh");
        entityAdmin("moh").body(binding("SMS", phone)).put(twoFactorOf(account)).then().statusCode(200);
        assertThat(onGovernmentDevice(account)).isTrue();

        DeviceFixtures.retire("moh", phone);

        // The binding stays recorded, as the platform still sends codes there, but it no longer meets G6.b.
        assertThat(onGovernmentDevice(account)).isFalse();
        entityAdmin("moh").get(twoFactorOf(account)).then().statusCode(200)
                .body("deviceId", equalTo(phone))
                .body("deviceActive", equalTo(false))
                .body("onGovernmentDevice", equalTo(false));

        String newPhone = DeviceFixtures.registerPhone("moh");
        entityAdmin("moh").body(binding("SMS", newPhone)).put(twoFactorOf(account)).then().statusCode(200);
        assertThat(onGovernmentDevice(account)).isTrue();
    }

    @Test
    void shouldRefuseBadBindings() {
        String account = Fixtures.proposeAccount("moh");
        String phone = DeviceFixtures.registerPhone("moh");
        entityAdmin("moh").body(binding("EMAIL", phone)).put(twoFactorOf(account))
                .then().statusCode(400)
                .body("violations.field", hasItem("method"));
        entityAdmin("moh").body(Map.of("method", "SMS")).put(twoFactorOf(account))
                .then().statusCode(400)
                .body("violations.field", hasItem("deviceId"));
        assertThat(stored(account)).isNull();
    }

    @Test
    void shouldRefuseABindingOnAnArchivedAccount() {
        String account = Fixtures.proposeAccount("moh");
        PublishedEvents.setStatus(account, AccountStatus.ARCHIVED);
        entityAdmin("moh").body(binding("SMS", DeviceFixtures.registerPhone("moh"))).put(twoFactorOf(account))
                .then().statusCode(409);
        assertThat(stored(account)).isNull();
    }

    @Test
    void shouldAnswer404ForAnotherEntitysAccountOrNoBinding() {
        String account = Fixtures.proposeAccount("moh");
        entityAdmin("moh").get(twoFactorOf(account)).then().statusCode(404).contentType("application/problem+json");
        String phone = DeviceFixtures.registerPhone("moh");
        entityAdmin("moh").body(binding("SMS", phone)).put(twoFactorOf(account)).then().statusCode(200);

        entityAdmin("mohe").get(twoFactorOf(account)).then().statusCode(404);
        entityAdmin("mohe").body(binding("SMS", DeviceFixtures.registerPhone("mohe"))).put(twoFactorOf(account))
                .then().statusCode(404);
        assertThat(stored(account).deviceId).isEqualTo(UUID.fromString(phone));
    }

    @Test
    void shouldLetOnlyEntityAdminsAndItSecurityBind() {
        String account = Fixtures.proposeAccount("moh");
        String phone = DeviceFixtures.registerPhone("moh");
        for (String role : List.of("publisher", "approver", "moderator", "management")) {
            as("moh", role).body(binding("SMS", phone)).put(twoFactorOf(account)).then().statusCode(403);
        }
        assertThat(stored(account)).isNull();
    }

    @Test
    void shouldPublishTwoFactorChangedOncePerChangeValidAgainstItsSchema() {
        String account = Fixtures.proposeAccount("moh");
        String phone = DeviceFixtures.registerPhone("moh");
        String computer = DeviceFixtures.register("moh", DeviceFixtures.computer());
        entityAdmin("moh").body(binding("SMS", phone)).put(twoFactorOf(account)).then().statusCode(200);
        // The same binding again changes nothing and says nothing.
        entityAdmin("moh").body(binding("SMS", phone)).put(twoFactorOf(account)).then().statusCode(200);
        entityAdmin("moh").body(binding("AUTHENTICATOR_APP", computer)).put(twoFactorOf(account))
                .then().statusCode(200);

        List<ConsumerRecord<String, String>> records = PublishedEvents.atLeast(account,
                "io.rasmi.account.two-factor-changed.v1", 2);
        assertThat(records).hasSize(2);
        CloudEvent first = PublishedEvents.read(records.get(0));
        TwoFactorChanged payload = EventCodec.payload(first, TwoFactorChanged.class);
        assertThat(first.entity()).isEqualTo("moh");
        assertThat(payload.method()).isEqualTo(TwoFactorMethod.SMS);
        assertThat(payload.deviceId()).isEqualTo(UUID.fromString(phone));
        assertThat(EventCodec.payload(PublishedEvents.read(records.get(1)), TwoFactorChanged.class).deviceId())
                .isEqualTo(UUID.fromString(computer));
        for (ConsumerRecord<String, String> record : records) {
            EventContract.assertValid(record.key(), record.value());
        }
    }

    @Test
    void shouldAnnounceTwoFactorChangedForEachAccountBoundToARetiredDevice() {
        String first = Fixtures.proposeAccount("moh");
        String second = Fixtures.proposeAccount("moh");
        String elsewhere = Fixtures.proposeAccount("moh");
        String phone = DeviceFixtures.registerPhone("moh");
        String otherPhone = DeviceFixtures.registerPhone("moh");
        entityAdmin("moh").body(binding("SMS", phone)).put(twoFactorOf(first)).then().statusCode(200);
        entityAdmin("moh").body(binding("AUTHENTICATOR_APP", phone)).put(twoFactorOf(second)).then().statusCode(200);
        entityAdmin("moh").body(binding("SMS", otherPhone)).put(twoFactorOf(elsewhere)).then().statusCode(200);

        DeviceFixtures.retire("moh", phone);
        // Retiring it again changes nothing and says nothing.
        DeviceFixtures.retire("moh", phone);

        for (String account : List.of(first, second)) {
            List<ConsumerRecord<String, String>> records = PublishedEvents.atLeast(account,
                    "io.rasmi.account.two-factor-changed.v1", 2);
            assertThat(records).as("bound, then retired, for %s", account).hasSize(2);
            CloudEvent retired = PublishedEvents.read(records.get(1));
            TwoFactorChanged payload = EventCodec.payload(retired, TwoFactorChanged.class);
            assertThat(retired.subject()).isEqualTo(account);
            assertThat(retired.entity()).isEqualTo("moh");
            assertThat(payload.accountId()).isEqualTo(UUID.fromString(account));
            assertThat(payload.deviceId()).isEqualTo(UUID.fromString(phone));
            assertThat(payload.method()).isEqualTo(stored(account).method);
            assertThat(payload.deviceRetiredAt()).isNotNull().isEqualTo(payload.changedAt());
            assertThat(EventCodec.payload(PublishedEvents.read(records.get(0)), TwoFactorChanged.class)
                    .deviceRetiredAt()).isNull();
            for (ConsumerRecord<String, String> record : records) {
                EventContract.assertValid(record.key(), record.value());
            }
            assertThat(onGovernmentDevice(account)).isFalse();
        }
        // An account on another device heard only its own binding.
        assertThat(PublishedEvents.of(elsewhere, "io.rasmi.account.two-factor-changed.v1")).hasSize(1);
        assertThat(onGovernmentDevice(elsewhere)).isTrue();
    }
}
