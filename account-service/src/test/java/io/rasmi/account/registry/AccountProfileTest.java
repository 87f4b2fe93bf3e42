package io.rasmi.account.registry;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.HashMap;
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
import io.rasmi.account.devices.PublishedEvents;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.Topics;
import io.rasmi.platform.audit.AuditEntry;
import io.rasmi.testkit.KafkaTestConsumer;
import io.restassured.specification.RequestSpecification;

/** The fields an account grows beyond its identity (G5, G3.2) and how its entity changes them. */
@QuarkusTest
class AccountProfileTest {

    private static final String ACCOUNTS = "/api/v1/accounts";
    /** RestAssured sends a media type it does not know in ISO-8859-1 unless told otherwise. */
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static long accounts() {
        return QuarkusTransaction.requiringNew().call(() -> OfficialAccount.count());
    }

    private static OfficialAccount stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> OfficialAccount.findById(UUID.fromString(id)));
    }

    private static Map<String, Object> fullAccount(String handle) {
        Map<String, Object> body = new HashMap<>(Fixtures.account(handle, "social@moh.gov.iq"));
        body.put("objectives", "Inform citizens about health services and campaigns");
        body.put("postingPlan", Map.of("postsPerWeek", 5, "platformsNote", "Weekdays, campaigns on Thursdays"));
        body.put("needsStudyRef", "MOH/COMM/2024/117");
        body.put("riskAnalysisRef", "MOH/IT/RA/2024/09");
        body.put("websiteLinkUrl", "https://www.moh.gov.iq/social-media");
        body.put("bio", "الصفحة الرسمية لوزارة الصحة العراقية");
        return body;
    }

    private static RequestSpecification patcher(String entity, Object version) {
        return entityAdmin(entity).contentType(MERGE_PATCH).header("If-Match", "\"" + version + "\"");
    }

    @Test
    void shouldProposeAnAccountWithItsObjectivesPlanAndReferences() {
        String id = entityAdmin("moh").body(fullAccount(Fixtures.uniqueHandle())).post(ACCOUNTS)
                .then().statusCode(201)
                .body("objectives", equalTo("Inform citizens about health services and campaigns"))
                .body("postingPlan.postsPerWeek", equalTo(5))
                .body("postingPlan.platformsNote", equalTo("Weekdays, campaigns on Thursdays"))
                .body("needsStudyRef", equalTo("MOH/COMM/2024/117"))
                .body("riskAnalysisRef", equalTo("MOH/IT/RA/2024/09"))
                .body("websiteLinkUrl", equalTo("https://www.moh.gov.iq/social-media"))
                .body("bio", equalTo("الصفحة الرسمية لوزارة الصحة العراقية"))
                .extract().path("id");

        OfficialAccount account = stored(id);
        assertThat(account.postsPerWeek).isEqualTo(5);
        assertThat(account.websiteLinkUrl).isEqualTo("https://www.moh.gov.iq/social-media");
        assertThat(account.statusChangedAt).isEqualTo(account.createdAt);
    }

    @Test
    void shouldProposeWithoutTheLaterFields() {
        String id = Fixtures.proposeAccount("moh");
        entityAdmin("moh").get(ACCOUNTS + "/" + id).then().statusCode(200)
                .body("objectives", nullValue())
                .body("postingPlan", nullValue())
                .body("websiteLinkUrl", nullValue());
    }

    @Test
    void shouldRejectAWebsiteLinkOffTheEntitysWebsite() {
        long before = accounts();
        for (String link : List.of("https://moh-gov-iq.example.com/social", "https://mohesr.gov.iq/social",
                "https://evil.com/https://moh.gov.iq", "https://moh.gov.iq.evil.com/")) {
            Map<String, Object> body = fullAccount(Fixtures.uniqueHandle());
            body.put("websiteLinkUrl", link);
            entityAdmin("moh").body(body).post(ACCOUNTS)
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("clause", equalTo("G3.2"));
        }
        assertThat(accounts()).isEqualTo(before);
    }

    /** G3.2 as the posture report judges it too: a page on a subdomain of the entity's website is on its site. */
    @Test
    void shouldAcceptAWebsiteLinkOnASubdomainOfTheEntitysWebsite() {
        for (String link : List.of("https://news.moh.gov.iq/social", "https://MOH.gov.iq./social")) {
            Map<String, Object> body = fullAccount(Fixtures.uniqueHandle());
            body.put("websiteLinkUrl", link);
            entityAdmin("moh").body(body).post(ACCOUNTS)
                    .then().statusCode(201)
                    .body("websiteLinkUrl", equalTo(link));
        }
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("postingPlan", Map.of("postsPerWeek", 0), "postingPlan.postsPerWeek"),
                Arguments.of("postingPlan", Map.of("platformsNote", "no number"), "postingPlan.postsPerWeek"),
                Arguments.of("websiteLinkUrl", "http://moh.gov.iq/social", "websiteLinkUrl"),
                Arguments.of("bio", "x".repeat(1001), "bio"),
                Arguments.of("needsStudyRef", "x".repeat(201), "needsStudyRef"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badFields")
    void shouldRejectBadNewFieldsAtProposal(String field, Object value, String violation) {
        long before = accounts();
        Map<String, Object> body = fullAccount(Fixtures.uniqueHandle());
        body.put(field, value);
        entityAdmin("moh").body(body).post(ACCOUNTS)
                .then().statusCode(400)
                .body("violations.field", hasItem(violation));
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void shouldChangeTheEditableFieldsWithMergePatchAndPublishTheWholeAccount() {
        String id = entityAdmin("moh").body(fullAccount(Fixtures.uniqueHandle())).post(ACCOUNTS)
                .then().statusCode(201).extract().path("id");

        Map<String, Object> patch = new HashMap<>();
        patch.put("displayNameEn", "Ministry of Health - Iraq");
        patch.put("postingPlan", Map.of("postsPerWeek", 7));
        patch.put("bio", null);
        patcher("moh", 0).body(patch).patch(ACCOUNTS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("displayNameEn", equalTo("Ministry of Health - Iraq"))
                .body("postingPlan.postsPerWeek", equalTo(7))
                .body("postingPlan.platformsNote", equalTo("Weekdays, campaigns on Thursdays"))
                .body("bio", nullValue())
                .body("objectives", equalTo("Inform citizens about health services and campaigns"))
                .body("version", equalTo(1));
        entityAdmin("moh").header("If-Match", "\"1\"").body(Map.of("objectives", "Health news"))
                .patch(ACCOUNTS + "/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("objectives", equalTo("Health news"));

        // The relay sends asynchronously: wait until both updates are there, then check there are no more.
        List<ConsumerRecord<String, String>> updates = PublishedEvents.atLeast(id, "io.rasmi.account.updated.v1", 2);
        assertThat(updates).hasSize(2);
        updates.forEach(update -> EventContract.assertValid(update.key(), update.value()));
        JsonNode data = EventCodec.read(updates.get(0).value()).data();
        assertThat(data.get("displayNameEn").asText()).isEqualTo("Ministry of Health - Iraq");
        assertThat(data.get("displayNameAr").asText()).isEqualTo("وزارة الصحة العراقية");
        assertThat(data.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(QuarkusTransaction.requiringNew().call(
                () -> AuditEntry.count("recordId = ?1 and action = 'account.updated'", id))).isEqualTo(2);
    }

    @Test
    void shouldAnswerAnEmptyChangeWithoutANewVersion() {
        String id = Fixtures.proposeAccount("moh");
        patcher("moh", 0).body(Map.of("displayNameAr", "وزارة الصحة العراقية")).patch(ACCOUNTS + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void shouldRequireTheCurrentVersion() {
        String id = Fixtures.proposeAccount("moh");
        entityAdmin("moh").contentType(MERGE_PATCH).body(Map.of("bio", "x")).patch(ACCOUNTS + "/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        patcher("moh", 0).body(Map.of("bio", "first")).patch(ACCOUNTS + "/" + id).then().statusCode(200);
        patcher("moh", 0).body(Map.of("bio", "second")).patch(ACCOUNTS + "/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        assertThat(stored(id).bio).isEqualTo("first");
    }

    static Stream<Arguments> badPatches() {
        return Stream.of(
                Arguments.of("handle", "another", "handle"),
                Arguments.of("platform", "X", "platform"),
                Arguments.of("entity", "mohe", "entity"),
                Arguments.of("registrationEmail", "other@moh.gov.iq", "registrationEmail"),
                Arguments.of("status", "ACTIVE", "status"),
                Arguments.of("nonsense", "x", "nonsense"),
                Arguments.of("displayNameAr", null, "displayNameAr"),
                Arguments.of("displayNameAr", " ", "displayNameAr"),
                Arguments.of("profileUrl", "ftp://x", "profileUrl"),
                Arguments.of("postingPlan", Map.of("postsPerWeek", "many"), "postingPlan.postsPerWeek"),
                Arguments.of("postingPlan", Map.of("colour", "red"), "postingPlan.colour"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badPatches")
    void shouldRejectBadPatchesAndChangeNothing(String field, Object value, String violation) {
        String id = Fixtures.proposeAccount("moh");
        Map<String, Object> patch = new HashMap<>();
        patch.put(field, value);
        patcher("moh", 0).body(patch).patch(ACCOUNTS + "/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(violation));
        OfficialAccount account = stored(id);
        assertThat(account.version).isZero();
        assertThat(account.displayNameAr).isEqualTo("وزارة الصحة العراقية");
    }

    @Test
    void shouldRejectAPatchedWebsiteLinkOffTheEntitysWebsite() {
        String id = Fixtures.proposeAccount("moh");
        patcher("moh", 0).body(Map.of("websiteLinkUrl", "https://mohesr.gov.iq/social")).patch(ACCOUNTS + "/" + id)
                .then().statusCode(422).body("clause", equalTo("G3.2"));
        assertThat(stored(id).websiteLinkUrl).isNull();
        patcher("moh", 0).body(Map.of("websiteLinkUrl", "https://MOH.gov.iq/accounts")).patch(ACCOUNTS + "/" + id)
                .then().statusCode(200).body("websiteLinkUrl", equalTo("https://MOH.gov.iq/accounts"));
    }

    @Test
    void shouldRejectAPatchThatIsNotAnObject() {
        String id = Fixtures.proposeAccount("moh");
        patcher("moh", 0).body("[1]").patch(ACCOUNTS + "/" + id).then().statusCode(400);
        patcher("moh", 0).patch(ACCOUNTS + "/" + id).then().statusCode(400);
        assertThat(stored(id).version).isZero();
    }

    @Test
    void shouldKeepOtherEntitiesAndRolesOut() {
        String id = Fixtures.proposeAccount("moh");
        patcher("mohe", 0).body(Map.of("bio", "x")).patch(ACCOUNTS + "/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        for (String role : List.of("publisher", "approver", "moderator", "it-security", "management")) {
            as("moh", role).contentType(MERGE_PATCH).header("If-Match", "\"0\"").body(Map.of("bio", "x"))
                    .patch(ACCOUNTS + "/" + id)
                    .then().statusCode(403);
        }
        assertThat(stored(id).bio).isNull();
    }
}
