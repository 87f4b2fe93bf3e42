package io.rasmi.account.registry;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaBroker;
import io.rasmi.testkit.KafkaTestConsumer;
import io.rasmi.testkit.TestTokens;
import io.restassured.http.ContentType;

@QuarkusTest
class AccountRegistrationTest {

    private static final String ACCOUNTS = "/api/v1/accounts";

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static long accounts() {
        return QuarkusTransaction.requiringNew().call(() -> OfficialAccount.count());
    }

    @Test
    void shouldProposeAccountForTheCallersEntity() {
        String handle = Fixtures.uniqueHandle();
        String id = entityAdmin("moh").body(Fixtures.account("@" + handle, "Social@MOH.gov.iq"))
                .post(ACCOUNTS)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("entity", equalTo("moh"))
                .body("status", equalTo("PROPOSED"))
                .body("handle", equalTo(handle))
                .body("registrationEmail", equalTo("social@moh.gov.iq"))
                .extract().path("id");

        entityAdmin("moh").get(ACCOUNTS + "/" + id).then().statusCode(200).body("handle", equalTo(handle));
        // Oldest first: the new account is the last one, however many other tests proposed before.
        int total = as("moh", "publisher").get(ACCOUNTS).then().statusCode(200).extract().path("total");
        as("moh", "publisher").get(ACCOUNTS + "?size=1&page=" + (total - 1)).then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void shouldPublishRegisteredEventValidAgainstItsSchemas() {
        String id = Fixtures.proposeAccount("moh");

        List<ConsumerRecord<String, String>> records = KafkaTestConsumer.records(Topics.ACCOUNT_EVENTS,
                Duration.ofSeconds(30), record -> id.equals(record.key()));

        assertThat(records).hasSize(1);
        EventContract.assertValid(records.get(0).key(), records.get(0).value());
        CloudEvent event = EventCodec.read(records.get(0).value());
        assertThat(event.type()).isEqualTo("io.rasmi.account.registered.v1");
        assertThat(event.source()).isEqualTo("/rasmi/account");
        assertThat(event.entity()).isEqualTo("moh");
        assertThat(event.subject()).isEqualTo(id);
    }

    @Test
    void shouldDeliverAnAccountRegisteredWhileTheBrokerWasDown() {
        KafkaBroker.stop();
        String id;
        try {
            id = Fixtures.proposeAccount("moh");
        } finally {
            KafkaBroker.start();
        }
        List<ConsumerRecord<String, String>> records = KafkaTestConsumer.records(Topics.ACCOUNT_EVENTS,
                Duration.ofSeconds(90), record -> id.equals(record.key()));
        assertThat(records).hasSize(1);
        EventContract.assertValid(records.get(0).key(), records.get(0).value());
    }

    @Test
    void shouldRejectAccountWithPrivateEmail() {
        long before = accounts();
        entityAdmin("moh").body(Fixtures.account(Fixtures.uniqueHandle(), "minister.office@gmail.com"))
                .post(ACCOUNTS)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("clause", equalTo("G6.c"));
        entityAdmin("moh").body(Fixtures.account(Fixtures.uniqueHandle(), "social@mohesr.gov.iq"))
                .post(ACCOUNTS)
                .then().statusCode(422)
                .body("clause", equalTo("G6.c"));
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseADuplicateHandleOnThePlatform() {
        String handle = Fixtures.uniqueHandle();
        entityAdmin("moh").body(Fixtures.account(handle, "social@moh.gov.iq")).post(ACCOUNTS).then().statusCode(201);
        long before = accounts();
        entityAdmin("mohe").body(Fixtures.account(handle.toUpperCase(), "social@mohesr.gov.iq")).post(ACCOUNTS)
                .then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(accounts()).isEqualTo(before);
    }

    static Stream<Arguments> badBodies() {
        Function<Map<String, Object>, Map<String, Object>> base = changes -> {
            Map<String, Object> body = new HashMap<>(Fixtures.account(Fixtures.uniqueHandle(), "social@moh.gov.iq"));
            body.putAll(changes);
            body.values().removeIf(value -> value == null || "<absent>".equals(value));
            return body;
        };
        return Stream.of(
                Arguments.of("no platform", base.apply(Map.of("platform", "<absent>")), "platform"),
                Arguments.of("unknown platform", base.apply(Map.of("platform", "MYSPACE")), "platform"),
                Arguments.of("blank handle", base.apply(Map.of("handle", " ")), "handle"),
                Arguments.of("handle with spaces", base.apply(Map.of("handle", "moh iraq")), "handle"),
                Arguments.of("http profile", base.apply(Map.of("profileUrl", "http://facebook.com/x")), "profileUrl"),
                Arguments.of("not an e-mail", base.apply(Map.of("registrationEmail", "social")), "registrationEmail"),
                Arguments.of("no Arabic name", base.apply(Map.of("displayNameAr", "<absent>")), "displayNameAr"),
                Arguments.of("entity in the body", base.apply(Map.of("entity", "mohe")), "entity"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void shouldRejectBadBodiesWithProblemAndStoreNothing(String why, Map<String, Object> body, String field) {
        long before = accounts();
        entityAdmin("moh").body(body).post(ACCOUNTS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void shouldRejectMissingAndMalformedBodies() {
        entityAdmin("moh").post(ACCOUNTS).then().statusCode(400).contentType("application/problem+json");
        entityAdmin("moh").body("[1,2").post(ACCOUNTS).then().statusCode(400).contentType("application/problem+json");
        entityAdmin("moh").contentType(ContentType.XML).body("<account/>").post(ACCOUNTS).then().statusCode(415);
    }

    @Test
    void shouldAnswer404ForAnotherEntitysAccount() {
        String id = Fixtures.proposeAccount("moh");
        entityAdmin("mohe").get(ACCOUNTS + "/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json");
        entityAdmin("mohe").get(ACCOUNTS + "?size=200").then().statusCode(200).body("items.id", not(hasItem(id)))
                .body("items.entity", everyItem(equalTo("mohe")));
    }

    @Test
    void shouldRefuseRolesThatMayNotPropose() {
        long before = accounts();
        for (String role : List.of("publisher", "approver", "moderator", "it-security", "management")) {
            as("moh", role).body(Fixtures.account(Fixtures.uniqueHandle(), "social@moh.gov.iq")).post(ACCOUNTS)
                    .then().statusCode(403)
                    .contentType("application/problem+json");
        }
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseATokenWithoutEntity() {
        given().auth().oauth2(TestTokens.user("nobody").roles("entity-admin").token())
                .contentType(ContentType.JSON)
                .body(Fixtures.account(Fixtures.uniqueHandle(), "social@moh.gov.iq"))
                .post(ACCOUNTS).then().statusCode(403);
    }

    @Test
    void shouldRefuseAProposalForAnUnregisteredEntity() {
        entityAdmin("unregistered").body(Fixtures.account(Fixtures.uniqueHandle(), "social@unregistered.gov.iq")).post(ACCOUNTS)
                .then().statusCode(422)
                .contentType("application/problem+json");
    }
}
