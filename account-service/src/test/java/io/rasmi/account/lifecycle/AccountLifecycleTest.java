package io.rasmi.account.lifecycle;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static io.rasmi.account.lifecycle.AccountStates.ACCOUNTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.platform.audit.AuditEntry;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class AccountLifecycleTest {

    private static final String STATUS_CHANGED = "io.rasmi.account.status-changed.v1";

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static long decisions() {
        return QuarkusTransaction.requiringNew().call(() -> AccountDecision.count());
    }

    private static long statusAudits(String id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.count("recordId = ?1 and action = 'account.status-changed'", id));
    }

    private static Map<String, Object> decision(LocalDate date) {
        return Map.of("decisionNumber", "2026/م/17", "decisionDate", date.toString(), "signatory", "Minister of Health");
    }

    @Test
    void shouldRecordTheDecisionAndApproveTheAccount() {
        String id = AccountStates.proposed("moh");

        entityAdmin("moh").body(decision(LocalDate.of(2026, 1, 10))).post(ACCOUNTS + "/" + id + "/decision")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("APPROVED"));
        as("moh", "management").get(ACCOUNTS + "/" + id + "/decision")
                .then().statusCode(200)
                .body("decisionNumber", equalTo("2026/م/17"))
                .body("decisionDate", equalTo("2026-01-10"))
                .body("signatory", equalTo("Minister of Health"))
                .body("recordedBy", equalTo("moh-entity-admin"));

        List<ConsumerRecord<String, String>> events = AccountStates.events(id, STATUS_CHANGED, 1);
        assertThat(events).hasSize(1);
        EventContract.assertValid(events.get(0).key(), events.get(0).value());
        JsonNode data = EventCodec.read(events.get(0).value()).data();
        assertThat(data.get("from").asText()).isEqualTo("PROPOSED");
        assertThat(data.get("to").asText()).isEqualTo("APPROVED");
        assertThat(data.get("reason").asText()).contains("2026/م/17");
        assertThat(statusAudits(id)).isEqualTo(1);
    }

    @Test
    void shouldRefuseADecisionDatedInTheFutureAndStoreNothing() {
        String id = AccountStates.proposed("moh");
        long before = decisions();
        entityAdmin("moh").body(decision(LocalDate.now().plusDays(2))).post(ACCOUNTS + "/" + id + "/decision")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("decisionDate"));
        entityAdmin("moh").body(Map.of("decisionDate", "2026-01-10")).post(ACCOUNTS + "/" + id + "/decision")
                .then().statusCode(400)
                .body("violations.field", hasItem("decisionNumber"))
                .body("violations.field", hasItem("signatory"));
        assertThat(decisions()).isEqualTo(before);
        assertThat(AccountStates.statusOf(id)).isEqualTo(AccountStatus.PROPOSED);
        assertThat(statusAudits(id)).isZero();
    }

    @Test
    void shouldRefuseASecondDecision() {
        String id = AccountStates.proposed("moh");
        AccountStates.decide("moh", id);
        long before = decisions();
        entityAdmin("moh").body(decision(LocalDate.of(2026, 1, 11))).post(ACCOUNTS + "/" + id + "/decision")
                .then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(decisions()).isEqualTo(before);
    }

    @Test
    void shouldNameEveryUnmetClauseWhenActivationIsRefused() {
        String undecided = AccountStates.in("moh", AccountStatus.APPROVED);
        activate(undecided)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("clause", equalTo("G5.1"))
                .body("clauses", equalTo(List.of("G5.1", "G6.a", "G6.b", "G6.f")));

        String decided = AccountStates.proposed("moh");
        AccountStates.decide("moh", decided);
        activate(decided)
                .statusCode(409)
                .body("clause", equalTo("G6.a"))
                .body("clauses", equalTo(List.of("G6.a", "G6.b", "G6.f")));

        AccountStates.rotate("moh", decided);
        activate(decided)
                .statusCode(409)
                .body("clauses", equalTo(List.of("G6.a", "G6.b")))
                .body("detail", containsString("G6.a, G6.b"));

        assertThat(AccountStates.statusOf(undecided)).isEqualTo(AccountStatus.APPROVED);
        assertThat(AccountStates.statusOf(decided)).isEqualTo(AccountStatus.APPROVED);
    }

    @Test
    void shouldSuspendAndArchiveWithTheirReasons() {
        String id = AccountStates.in("moh", AccountStatus.ACTIVE);

        entityAdmin("moh").body(Map.of("reason", "Campaign paused")).post(ACCOUNTS + "/" + id + "/suspension")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        entityAdmin("moh").body(Map.of("reason", "Merged into the main page")).post(ACCOUNTS + "/" + id + "/archive")
                .then().statusCode(200).body("status", equalTo("ARCHIVED"));

        List<ConsumerRecord<String, String>> events = AccountStates.events(id, STATUS_CHANGED, 2);
        assertThat(events).hasSize(2);
        events.forEach(event -> EventContract.assertValid(event.key(), event.value()));
        assertThat(EventCodec.read(events.get(0).value()).data().get("reason").asText()).isEqualTo("Campaign paused");
        assertThat(EventCodec.read(events.get(1).value()).data().get("to").asText()).isEqualTo("ARCHIVED");
        assertThat(statusAudits(id)).isEqualTo(2);
        // archived: a record of what was, nothing changes any more
        entityAdmin("moh").header("If-Match", "*").contentType("application/merge-patch+json")
                .body(Map.of("bio", "new")).patch(ACCOUNTS + "/" + id)
                .then().statusCode(409);
        entityAdmin("moh").body(Map.of("reason", "again")).post(ACCOUNTS + "/" + id + "/archive")
                .then().statusCode(409);
        entityAdmin("moh").get(ACCOUNTS + "/" + id).then().statusCode(200).body("status", equalTo("ARCHIVED"));
    }

    @Test
    void shouldRequireAReasonToSuspendOrArchive() {
        String id = AccountStates.in("moh", AccountStatus.ACTIVE);
        entityAdmin("moh").body(Map.of()).post(ACCOUNTS + "/" + id + "/suspension")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        entityAdmin("moh").post(ACCOUNTS + "/" + id + "/archive")
                .then().statusCode(400);
        assertThat(AccountStates.statusOf(id)).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void shouldRecoverOnlyAfterRotationAndAccessReviewBothAfterTheCompromise() {
        String id = AccountStates.in("moh", AccountStatus.ACTIVE);
        as("moh", "it-security").body(Map.of("note", "Posts at 03:00 nobody wrote"))
                .post(ACCOUNTS + "/" + id + "/compromise")
                .then().statusCode(200)
                .body("status", equalTo("COMPROMISED"))
                .body("compromisedAt", notNullValue());

        recover(id).statusCode(409)
                .body("clause", equalTo("G6.g"))
                .body("clauses", equalTo(List.of("G6.g", "G6.h")));
        // a review dated before the compromise does not count
        as("moh", "it-security").body(Map.of("kind", "ACCESS_HISTORY",
                "reviewedAt", Instant.now().minus(2, ChronoUnit.HOURS).toString(), "findings", "old"))
                .post(ACCOUNTS + "/" + id + "/reviews").then().statusCode(201);
        AccountStates.rotate("moh", id);
        recover(id).statusCode(409)
                .body("clause", equalTo("G6.h"))
                .body("clauses", equalTo(List.of("G6.h")));
        assertThat(AccountStates.statusOf(id)).isEqualTo(AccountStatus.COMPROMISED);

        AccountStates.reviewAccessHistory("moh", id);
        recover(id).statusCode(200).body("status", equalTo("ACTIVE"));

        List<ConsumerRecord<String, String>> events = AccountStates.events(id, STATUS_CHANGED, 2);
        assertThat(events).hasSize(2);
        events.forEach(event -> EventContract.assertValid(event.key(), event.value()));
        assertThat(EventCodec.read(events.get(0).value()).data().get("reason").asText())
                .isEqualTo("Posts at 03:00 nobody wrote");
        assertThat(EventCodec.read(events.get(1).value()).data().get("from").asText()).isEqualTo("COMPROMISED");
    }

    @Test
    void shouldAnswer412ForAStaleIfMatchAndChangeNothing() {
        String id = AccountStates.in("moh", AccountStatus.ACTIVE);
        entityAdmin("moh").header("If-Match", "\"99\"").body(Map.of("reason", "stale"))
                .post(ACCOUNTS + "/" + id + "/suspension")
                .then().statusCode(412);
        assertThat(AccountStates.statusOf(id)).isEqualTo(AccountStatus.ACTIVE);
    }

    /** Every transition from every state: allowed ones go through (or name their unmet clauses), others answer 409. */
    static Stream<Arguments> transitionTable() {
        List<Arguments> cases = new ArrayList<>();
        for (Transition transition : Transition.values()) {
            for (AccountStatus from : AccountStatus.values()) {
                cases.add(Arguments.of(transition, from, transition.allowedFrom(from)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} from {1}: allowed {2}")
    @MethodSource("transitionTable")
    void shouldAllowExactlyTheTransitionsOfTheTable(Transition transition, AccountStatus from, boolean allowed) {
        String id = AccountStates.in("moh", from);
        if (allowed && transition == Transition.RECOVERY) {
            AccountStates.rotate("moh", id);
            AccountStates.reviewAccessHistory("moh", id);
        }

        ValidatableResponse response = step(transition, id, "moh", null);

        if (!allowed) {
            response.statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:rasmi:problem:conflict"))
                    .body("clause", nullValue())
                    .body("detail", containsString(from.name()));
            assertThat(AccountStates.statusOf(id)).isEqualTo(from);
        } else if (transition == Transition.ACTIVATION) {
            // allowed by the table, refused by its preconditions: no admin holder, no two-factor on a government device
            response.statusCode(409).body("clauses", hasItem("G6.a")).body("clauses", hasItem("G6.b"));
            assertThat(AccountStates.statusOf(id)).isEqualTo(from);
        } else {
            response.statusCode(200).body("status", equalTo(transition.to().name()));
            assertThat(AccountStates.statusOf(id)).isEqualTo(transition.to());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void shouldAnswer404ForAnotherEntitysAccount(Transition transition) {
        String id = AccountStates.in("moh", transition.from().iterator().next());
        AccountStatus before = AccountStates.statusOf(id);
        step(transition, id, "mohe", null).statusCode(404).contentType("application/problem+json");
        assertThat(AccountStates.statusOf(id)).isEqualTo(before);
    }

    @Test
    void shouldAnswer404ForAnotherEntitysDecisionAndAnUnknownAccount() {
        String id = AccountStates.proposed("moh");
        AccountStates.decide("moh", id);
        entityAdmin("mohe").get(ACCOUNTS + "/" + id + "/decision").then().statusCode(404);
        entityAdmin("moh").get(ACCOUNTS + "/" + UUID.randomUUID() + "/decision").then().statusCode(404);
        entityAdmin("moh").post(ACCOUNTS + "/" + UUID.randomUUID() + "/activation").then().statusCode(404);
        entityAdmin("moh").get(ACCOUNTS + "/" + AccountStates.proposed("moh") + "/decision").then().statusCode(404);
    }

    static Stream<Arguments> steps() {
        return Stream.of(Transition.values()).map(Arguments::of);
    }

    static Stream<Arguments> forbiddenRoles() {
        List<Arguments> cases = new ArrayList<>();
        for (Transition transition : List.of(Transition.DECISION, Transition.ACTIVATION, Transition.SUSPENSION,
                Transition.ARCHIVE)) {
            for (String role : List.of("publisher", "approver", "moderator", "it-security", "management")) {
                cases.add(Arguments.of(transition, role));
            }
        }
        for (Transition transition : List.of(Transition.COMPROMISE, Transition.RECOVERY)) {
            for (String role : List.of("entity-admin", "publisher", "approver", "moderator", "management")) {
                cases.add(Arguments.of(transition, role));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("forbiddenRoles")
    void shouldRefuseRolesThatMayNotTakeTheStep(Transition transition, String role) {
        String id = AccountStates.in("moh", transition.from().iterator().next());
        AccountStatus before = AccountStates.statusOf(id);
        step(transition, id, "moh", role).statusCode(403).contentType("application/problem+json");
        assertThat(AccountStates.statusOf(id)).isEqualTo(before);
    }

    private static ValidatableResponse activate(String id) {
        return entityAdmin("moh").post(ACCOUNTS + "/" + id + "/activation").then();
    }

    private static ValidatableResponse recover(String id) {
        return as("moh", "it-security").post(ACCOUNTS + "/" + id + "/recovery").then();
    }

    /** Takes the step through its endpoint, as the role that may (or as {@code role}), with a valid body. */
    static ValidatableResponse step(Transition transition, String id, String entity, String role) {
        String path = ACCOUNTS + "/" + id + "/";
        return switch (transition) {
            case DECISION -> caller(entity, role, "entity-admin").body(decision(LocalDate.of(2026, 1, 10)))
                    .post(path + "decision").then();
            case ACTIVATION -> caller(entity, role, "entity-admin").post(path + "activation").then();
            case SUSPENSION -> caller(entity, role, "entity-admin").body(Map.of("reason", "Paused"))
                    .post(path + "suspension").then();
            case ARCHIVE -> caller(entity, role, "entity-admin").body(Map.of("reason", "Closed"))
                    .post(path + "archive").then();
            case COMPROMISE -> caller(entity, role, "it-security").body(Map.of("note", "Breached"))
                    .post(path + "compromise").then();
            case RECOVERY -> caller(entity, role, "it-security").post(path + "recovery").then();
        };
    }

    private static RequestSpecification caller(String entity, String role, String allowedRole) {
        return as(entity, role != null ? role : allowedRole);
    }

    @Test
    void shouldKeepTheCompromiseTimeForTheRecord() {
        String id = AccountStates.in("moh", AccountStatus.COMPROMISED);
        Instant compromisedAt = QuarkusTransaction.requiringNew()
                .call(() -> OfficialAccount.<OfficialAccount>findById(UUID.fromString(id)).compromisedAt);
        assertThat(compromisedAt).isNotNull();
        AccountStates.rotate("moh", id);
        AccountStates.reviewAccessHistory("moh", id);
        recover(id).statusCode(200).body("compromisedAt", notNullValue()).body("status", equalTo("ACTIVE"));
    }
}
