package io.rasmi.account.unit;

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

@QuarkusTest
class StaffTest {

    private static final String STAFF = "/api/v1/staff";

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static StaffMember stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> StaffMember.findById(UUID.fromString(id)));
    }

    @Test
    void shouldAddAMemberOfTheUnit() {
        String email = StaffFixtures.uniqueEmail("moh");
        var created = entityAdmin("moh")
                .body(Map.of("fullName", "  زينب علي حسين ", "officialEmail", email.toUpperCase(), "unitRole", "HEAD"))
                .post(STAFF)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("entity", equalTo("moh"))
                .body("fullName", equalTo("زينب علي حسين"))
                .body("officialEmail", equalTo(email))
                .body("unitRole", equalTo("HEAD"))
                .body("active", equalTo(true))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(STAFF + "/" + id);
        assertThat(stored(id).entityCode).isEqualTo("moh");

        as("moh", "it-security").get(STAFF + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("officialEmail", equalTo(email));
        as("moh", "management").get(STAFF + "?size=200").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.entity", everyItem(equalTo("moh")));
    }

    @Test
    void shouldRejectAMemberWithAPrivateEmail() {
        long before = StaffFixtures.staffCount();
        entityAdmin("moh").body(StaffFixtures.member("zainab.hussein@gmail.com", "PUBLISHER")).post(STAFF)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("clause", equalTo("G6.c"));
        // Another entity's official domain is not this entity's either.
        entityAdmin("moh").body(StaffFixtures.member(StaffFixtures.uniqueEmail("mohe"), "PUBLISHER")).post(STAFF)
                .then().statusCode(422)
                .body("clause", equalTo("G6.c"));
        // A look-alike domain that merely ends with the entity's domain is not a subdomain of it.
        entityAdmin("moh").body(StaffFixtures.member("z.hussein@fakemoh.gov.iq", "PUBLISHER")).post(STAFF)
                .then().statusCode(422)
                .body("clause", equalTo("G6.c"));
        assertThat(StaffFixtures.staffCount()).isEqualTo(before);
    }

    @Test
    void shouldRefuseASecondMemberWithTheSameEmail() {
        String email = StaffFixtures.uniqueEmail("moh");
        entityAdmin("moh").body(StaffFixtures.member(email, "PUBLISHER")).post(STAFF).then().statusCode(201);
        long before = StaffFixtures.staffCount();
        entityAdmin("moh").body(StaffFixtures.member(email.toUpperCase(), "MODERATOR")).post(STAFF)
                .then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(StaffFixtures.staffCount()).isEqualTo(before);
    }

    static Stream<Arguments> badMembers() {
        return Stream.of(
                Arguments.of("no name", Map.of("officialEmail", "a@moh.gov.iq", "unitRole", "HEAD"), "fullName"),
                Arguments.of("blank name", Map.of("fullName", " ", "officialEmail", "a@moh.gov.iq", "unitRole", "HEAD"),
                        "fullName"),
                Arguments.of("not an e-mail", Map.of("fullName", "Ali", "officialEmail", "ali", "unitRole", "HEAD"),
                        "officialEmail"),
                Arguments.of("unknown unit role",
                        Map.of("fullName", "Ali", "officialEmail", "a@moh.gov.iq", "unitRole", "MINISTER"), "unitRole"),
                Arguments.of("no unit role", Map.of("fullName", "Ali", "officialEmail", "a@moh.gov.iq"), "unitRole"),
                Arguments.of("entity in the body", Map.of("fullName", "Ali", "officialEmail", "a@moh.gov.iq",
                        "unitRole", "HEAD", "entity", "mohe"), "entity"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMembers")
    void shouldRejectBadMembersAndStoreNothing(String why, Map<String, Object> body, String field) {
        long before = StaffFixtures.staffCount();
        entityAdmin("moh").body(body).post(STAFF)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        assertThat(StaffFixtures.staffCount()).isEqualTo(before);
    }

    @Test
    void shouldReplayARetriedAddition() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = StaffFixtures.member(StaffFixtures.uniqueEmail("moh"), "ANALYST");
        String id = entityAdmin("moh").header("Idempotency-Key", key).body(body).post(STAFF)
                .then().statusCode(201).extract().path("id");
        long before = StaffFixtures.staffCount();
        entityAdmin("moh").header("Idempotency-Key", key).body(body).post(STAFF)
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        assertThat(StaffFixtures.staffCount()).isEqualTo(before);
    }

    @Test
    void shouldChangeAMemberWithIfMatch() {
        String id = StaffFixtures.addStaff("moh", "PUBLISHER");
        String newEmail = StaffFixtures.uniqueEmail("moh");
        entityAdmin("moh").header("If-Match", "\"0\"")
                .body(Map.of("fullName", "زينب علي حسين الموسوي", "unitRole", "MODERATOR", "officialEmail", newEmail))
                .patch(STAFF + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("fullName", equalTo("زينب علي حسين الموسوي"))
                .body("unitRole", equalTo("MODERATOR"))
                .body("officialEmail", equalTo(newEmail))
                .body("version", equalTo(1));
        entityAdmin("moh").contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("unitRole", "APPROVER"))
                .patch(STAFF + "/" + id)
                .then().statusCode(200)
                .body("unitRole", equalTo("APPROVER"))
                .body("fullName", equalTo("زينب علي حسين الموسوي"));
        assertThat(stored(id).unitRole).isEqualTo(UnitRole.APPROVER);
    }

    @Test
    void shouldRefuseAChangeWithoutOrWithAStaleVersion() {
        String id = StaffFixtures.addStaff("moh", "PUBLISHER");
        entityAdmin("moh").body(Map.of("unitRole", "HEAD")).patch(STAFF + "/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json");
        entityAdmin("moh").header("If-Match", "\"7\"").body(Map.of("unitRole", "HEAD")).patch(STAFF + "/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json");
        assertThat(stored(id).unitRole).isEqualTo(UnitRole.PUBLISHER);
        assertThat(stored(id).version).isZero();
    }

    @Test
    void shouldRefuseChangingTheEmailToAPrivateOne() {
        String id = StaffFixtures.addStaff("moh", "PUBLISHER");
        String before = stored(id).officialEmail;
        entityAdmin("moh").header("If-Match", "\"0\"")
                .body(Map.of("officialEmail", "zainab@yahoo.com", "fullName", "Another Name"))
                .patch(STAFF + "/" + id)
                .then().statusCode(422)
                .body("clause", equalTo("G6.c"));
        assertThat(stored(id).officialEmail).isEqualTo(before);
        assertThat(stored(id).fullName).isEqualTo("زينب علي حسين");
    }

    @Test
    void shouldRejectBadChanges() {
        String id = StaffFixtures.addStaff("moh", "PUBLISHER");
        entityAdmin("moh").header("If-Match", "\"0\"").body(Map.of("fullName", "  ", "officialEmail", "nope"))
                .patch(STAFF + "/" + id)
                .then().statusCode(400)
                .body("violations.field", hasItem("fullName"))
                .body("violations.field", hasItem("officialEmail"));
        entityAdmin("moh").header("If-Match", "\"0\"").body(Map.of("entity", "mohe"))
                .patch(STAFF + "/" + id)
                .then().statusCode(400)
                .body("violations.field", hasItem("entity"));
        assertThat(stored(id).version).isZero();
    }

    @Test
    void shouldMarkAMemberWhoLeftAndBack() {
        String id = StaffFixtures.addStaff("moh", "MODERATOR");
        entityAdmin("moh").header("If-Match", "\"0\"").body(Map.of("active", false)).patch(STAFF + "/" + id)
                .then().statusCode(200)
                .body("active", equalTo(false))
                .body("leftAt", notNullValue());
        entityAdmin("moh").get(STAFF + "?active=false&size=200").then().statusCode(200)
                .body("items.id", hasItem(id));
        entityAdmin("moh").get(STAFF + "?active=true&size=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        entityAdmin("moh").header("If-Match", "\"1\"").body(Map.of("active", true)).patch(STAFF + "/" + id)
                .then().statusCode(200)
                .body("active", equalTo(true))
                .body("leftAt", nullValue());
    }

    @Test
    void shouldRefuseMarkingAMemberWhoStillHoldsKeysAsLeft() {
        String id = StaffFixtures.addStaff("moh", "PUBLISHER");
        String account = Fixtures.proposeAccount("moh");
        entityAdmin("moh").body(Map.of("staffId", id, "role", "PUBLISHER"))
                .post("/api/v1/accounts/" + account + "/role-holders").then().statusCode(201);

        entityAdmin("moh").header("If-Match", "\"0\"").body(Map.of("active", false)).patch(STAFF + "/" + id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("clause", equalTo("G4.3.e"));
        assertThat(stored(id).active).isTrue();
    }

    @Test
    void shouldAnswer404ForAnotherEntitysMember() {
        String id = StaffFixtures.addStaff("moh");
        entityAdmin("mohe").get(STAFF + "/" + id).then().statusCode(404).contentType("application/problem+json");
        entityAdmin("mohe").header("If-Match", "\"0\"").body(Map.of("unitRole", "HEAD")).patch(STAFF + "/" + id)
                .then().statusCode(404);
        entityAdmin("mohe").get(STAFF + "?size=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)))
                .body("items.entity", everyItem(equalTo("mohe")));
        entityAdmin("moh").get(STAFF + "/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(stored(id).unitRole).isEqualTo(UnitRole.PUBLISHER);
    }

    @Test
    void shouldLetOnlyEntityAdminsChangeTheUnit() {
        String id = StaffFixtures.addStaff("moh");
        long before = StaffFixtures.staffCount();
        for (String role : List.of("publisher", "approver", "moderator", "it-security", "management")) {
            as("moh", role).body(StaffFixtures.member(StaffFixtures.uniqueEmail("moh"), "HEAD")).post(STAFF)
                    .then().statusCode(403)
                    .contentType("application/problem+json");
            as("moh", role).header("If-Match", "\"0\"").body(Map.of("unitRole", "HEAD")).patch(STAFF + "/" + id)
                    .then().statusCode(403);
            as("moh", role).get(STAFF + "/" + id).then()
                    .statusCode(List.of("it-security", "management").contains(role) ? 200 : 403);
        }
        assertThat(StaffFixtures.staffCount()).isEqualTo(before);
        assertThat(stored(id).version).isZero();
    }

    @Test
    void shouldRefuseATokenWithoutEntity() {
        io.restassured.RestAssured.given()
                .auth().oauth2(io.rasmi.testkit.TestTokens.user("nobody").roles("entity-admin").token())
                .contentType(io.restassured.http.ContentType.JSON)
                .body(new HashMap<>(StaffFixtures.member(StaffFixtures.uniqueEmail("moh"), "HEAD")))
                .post(STAFF).then().statusCode(403);
    }
}
