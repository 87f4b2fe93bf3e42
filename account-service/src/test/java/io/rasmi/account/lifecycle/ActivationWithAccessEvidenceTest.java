package io.rasmi.account.lifecycle;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static io.rasmi.account.lifecycle.AccountStates.ACCOUNTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.testkit.MovableClock;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;

/**
 * Activation with real evidence for G6.a and G6.b, recorded through the staff, role-holder, device and two-factor
 * endpoints, and an account's whole life through the API.
 */
@QuarkusTest
class ActivationWithAccessEvidenceTest {

    @Inject
    MovableClock clock;

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String staff() {
        return AccountStates.staff("moh");
    }

    private static void admin(String accountId, String staffId) {
        AccountStates.admin("moh", accountId, staffId);
    }

    private static void twoFactorOnGovernmentPhone(String accountId, String custodianId) {
        AccountStates.twoFactorOnGovernmentPhone("moh", accountId, custodianId);
    }

    @Test
    void shouldActivateOnlyOnceEveryClauseIsMet() {
        String id = AccountStates.proposed("moh");
        AccountStates.decide("moh", id);
        AccountStates.rotate("moh", id);
        String officer = staff();

        admin(id, officer);
        entityAdmin("moh").post(ACCOUNTS + "/" + id + "/activation")
                .then().statusCode(409).body("clause", equalTo("G6.b")).body("clauses", equalTo(List.of("G6.b")));

        twoFactorOnGovernmentPhone(id, officer);
        entityAdmin("moh").post(ACCOUNTS + "/" + id + "/activation")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));

        List<ConsumerRecord<String, String>> events = AccountStates.events(id, "io.rasmi.account.status-changed.v1", 2);
        assertThat(events).hasSize(2);
        EventContract.assertValid(events.get(1).key(), events.get(1).value());
        assertThat(EventCodec.read(events.get(1).value()).data().get("to").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void shouldTakeAnAccountThroughItsWholeLife() {
        String id = AccountStates.proposed("moh");
        AccountStates.decide("moh", id);
        AccountStates.rotate("moh", id);
        String officer = staff();
        admin(id, officer);
        twoFactorOnGovernmentPhone(id, officer);

        entityAdmin("moh").post(ACCOUNTS + "/" + id + "/activation").then().statusCode(200);
        entityAdmin("moh").body(Map.of("reason", "Ramadan pause")).post(ACCOUNTS + "/" + id + "/suspension")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        entityAdmin("moh").post(ACCOUNTS + "/" + id + "/activation")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        as("moh", "it-security").body(Map.of("note", "Unknown login")).post(ACCOUNTS + "/" + id + "/compromise")
                .then().statusCode(200).body("status", equalTo("COMPROMISED"));
        AccountStates.rotate("moh", id);
        AccountStates.reviewAccessHistory("moh", id);
        as("moh", "it-security").post(ACCOUNTS + "/" + id + "/recovery")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        entityAdmin("moh").body(Map.of("reason", "Replaced by a new account")).post(ACCOUNTS + "/" + id + "/archive")
                .then().statusCode(200).body("status", equalTo("ARCHIVED"));

        List<ConsumerRecord<String, String>> events = AccountStates.events(id, "io.rasmi.account.status-changed.v1", 7);
        assertThat(events).extracting(event -> EventCodec.read(event.value()).data().get("to").asText())
                .containsExactly("APPROVED", "ACTIVE", "SUSPENDED", "ACTIVE", "COMPROMISED", "ACTIVE", "ARCHIVED");
        events.forEach(event -> EventContract.assertValid(event.key(), event.value()));
    }

    @Test
    void shouldReactivateASuspendedAccountWhosePasswordIsOverdueOnlyAfterARotation() {
        String id = AccountStates.proposed("moh");
        AccountStates.decide("moh", id);
        AccountStates.rotate("moh", id);
        String officer = staff();
        admin(id, officer);
        twoFactorOnGovernmentPhone(id, officer);
        entityAdmin("moh").post(ACCOUNTS + "/" + id + "/activation").then().statusCode(200);
        entityAdmin("moh").body(Map.of("reason", "Paused over the summer")).post(ACCOUNTS + "/" + id + "/suspension")
                .then().statusCode(200);

        clock.advance(Duration.ofDays(91)); // the rotation was due after 90 days
        entityAdmin("moh").post(ACCOUNTS + "/" + id + "/activation")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("clause", equalTo("G6.g"))
                .body("clauses", equalTo(List.of("G6.g")));
        assertThat(AccountStates.statusOf(id)).isEqualTo(AccountStatus.SUSPENDED);

        AccountStates.rotate("moh", id);
        entityAdmin("moh").post(ACCOUNTS + "/" + id + "/activation")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void shouldReactivateASuspendedAccountWhosePasswordIsNotYetDue() {
        String id = AccountStates.proposed("moh");
        AccountStates.decide("moh", id);
        AccountStates.rotate("moh", id);
        String officer = staff();
        admin(id, officer);
        twoFactorOnGovernmentPhone(id, officer);
        entityAdmin("moh").post(ACCOUNTS + "/" + id + "/activation").then().statusCode(200);
        entityAdmin("moh").body(Map.of("reason", "Paused for a week")).post(ACCOUNTS + "/" + id + "/suspension")
                .then().statusCode(200);

        clock.advance(Duration.ofDays(89));
        entityAdmin("moh").post(ACCOUNTS + "/" + id + "/activation")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }
}
