package io.rasmi.account.impersonation;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
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

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rasmi.account.Fixtures;
import io.rasmi.account.verification.PublicAccounts;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.ImpersonationReported;
import io.rasmi.events.Topics;
import io.rasmi.platform.audit.AuditEntry;
import io.rasmi.testkit.KafkaTestConsumer;
import io.restassured.http.ContentType;

@io.quarkus.test.junit.QuarkusTest
class ImpersonationReportTest {

    private static final String REPORTS = "/api/v1/impersonation-reports";

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static long reports() {
        return QuarkusTransaction.requiringNew().call(() -> ImpersonationReport.count());
    }

    private static Map<String, Object> report(String handle) {
        Map<String, Object> body = new HashMap<>();
        body.put("platform", "X");
        body.put("handle", "@" + handle);
        body.put("profileUrl", "https://x.com/" + handle);
        body.put("evidenceUrls", List.of("https://evidence.moh.gov.iq/" + handle + ".png"));
        body.put("notes", "Copies our logo and posts fake vaccination appointments");
        return body;
    }

    private static String create(String entity, Map<String, Object> body) {
        return entityAdmin(entity).body(body).post(REPORTS).then().statusCode(201).extract().path("id");
    }

    private static void transition(String id, String to, String caseRef, int status) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (caseRef != null) {
            body.put("platformCaseRef", caseRef);
        }
        as("moh", "it-security").body(body).post(REPORTS + "/" + id + "/transitions").then().statusCode(status);
    }

    @Test
    void shouldRecordAReportAndAnnounceIt() {
        String handle = PublicAccounts.uniqueHandle("M0H_fake_");
        UUID impersonated = PublicAccounts.propose("moh", "moh.gov.iq", "X", PublicAccounts.uniqueHandle("moh_x_"),
                "وزارة الصحة العراقية", "Iraqi Ministry of Health");
        Map<String, Object> body = report(handle);
        body.put("impersonatedAccountId", impersonated.toString());

        String id = as("moh", "it-security").body(body).post(REPORTS)
                .then().statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("entity", equalTo("moh"))
                .body("status", equalTo("REPORTED"))
                .body("handle", equalTo(handle))
                .body("impersonatedAccountId", equalTo(impersonated.toString()))
                .body("evidenceUrls", equalTo(body.get("evidenceUrls")))
                .body("reportedBy", equalTo("moh-it-security"))
                .body("platformCaseRef", nullValue())
                .extract().path("id");

        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.ACCOUNT_EVENTS,
                Duration.ofSeconds(30), candidate -> id.equals(candidate.key()));
        EventContract.assertValid(record.key(), record.value());
        CloudEvent event = EventCodec.read(record.value());
        assertThat(event.type()).isEqualTo("io.rasmi.account.impersonation-reported.v1");
        ImpersonationReported reported = EventCodec.payload(event, ImpersonationReported.class);
        assertThat(reported.reportId().toString()).isEqualTo(id);
        assertThat(reported.handle()).isEqualTo(handle);
        assertThat(reported.impersonatedAccountId()).isEqualTo(impersonated);
        assertThat(audited(id)).containsExactly("impersonation.reported");

        as("moh", "publisher").get(REPORTS + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("notes", equalTo(body.get("notes")));
        as("moh", "management").get(REPORTS + "?status=REPORTED&size=200").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.entity", everyItem(equalTo("moh")));
    }

    @Test
    void shouldFollowTheReportUntilThePlatformRemovesTheAccount() {
        String id = create("moh", report(PublicAccounts.uniqueHandle("moh_copy_")));

        transition(id, "REMOVED", null, 409);
        transition(id, "SUBMITTED_TO_PLATFORM", null, 400);
        transition(id, "SUBMITTED_TO_PLATFORM", "  ", 400);
        as("moh", "moderator").body(Map.of("to", "SUBMITTED_TO_PLATFORM", "platformCaseRef", "X-IMP-2026-000123"))
                .post(REPORTS + "/" + id + "/transitions")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("SUBMITTED_TO_PLATFORM"))
                .body("platformCaseRef", equalTo("X-IMP-2026-000123"))
                .body("submittedAt", notNullValue());
        transition(id, "SUBMITTED_TO_PLATFORM", "X-IMP-2", 409);
        transition(id, "REMOVED", null, 200);
        transition(id, "REJECTED", null, 409);
        transition(id, "REPORTED", null, 409);

        entityAdmin("moh").get(REPORTS + "/" + id).then().body("status", equalTo("REMOVED"))
                .body("resolvedAt", notNullValue());
        assertThat(audited(id)).containsExactly("impersonation.reported", "impersonation.transitioned",
                "impersonation.transitioned");
    }

    @Test
    void shouldRecordARejectionByThePlatform() {
        String id = create("moh", report(PublicAccounts.uniqueHandle("moh_copy_")));
        transition(id, "SUBMITTED_TO_PLATFORM", "FB-1", 200);
        transition(id, "REJECTED", null, 200);
        entityAdmin("moh").get(REPORTS + "/" + id).then().body("status", equalTo("REJECTED"));
    }

    @Test
    void shouldRefuseAStaleIfMatch() {
        String id = create("moh", report(PublicAccounts.uniqueHandle("moh_copy_")));
        entityAdmin("moh").header("If-Match", "\"7\"")
                .body(Map.of("to", "SUBMITTED_TO_PLATFORM", "platformCaseRef", "X-1"))
                .post(REPORTS + "/" + id + "/transitions").then().statusCode(412);
        entityAdmin("moh").header("If-Match", "\"0\"")
                .body(Map.of("to", "SUBMITTED_TO_PLATFORM", "platformCaseRef", "X-1"))
                .post(REPORTS + "/" + id + "/transitions").then().statusCode(200);
    }

    @Test
    void shouldAnswer404ForAnotherEntitysReportOrAccount() {
        String id = create("moh", report(PublicAccounts.uniqueHandle("moh_copy_")));
        entityAdmin("mohe").get(REPORTS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        entityAdmin("mohe").body(Map.of("to", "SUBMITTED_TO_PLATFORM", "platformCaseRef", "X-1"))
                .post(REPORTS + "/" + id + "/transitions").then().statusCode(404);
        entityAdmin("mohe").get(REPORTS + "?size=200").then().statusCode(200).body("items.id", not(hasItem(id)));
        entityAdmin("moh").get(REPORTS + "/" + UUID.randomUUID()).then().statusCode(404);

        String mohesAccount = Fixtures.proposeAccount("mohe");
        Map<String, Object> body = report(PublicAccounts.uniqueHandle("mohe_copy_"));
        body.put("impersonatedAccountId", mohesAccount);
        long before = reports();
        entityAdmin("moh").body(body).post(REPORTS).then().statusCode(404).contentType("application/problem+json");
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void shouldRefuseRolesThatMayNotReport() {
        String id = create("moh", report(PublicAccounts.uniqueHandle("moh_copy_")));
        long before = reports();
        for (String role : List.of("publisher", "approver", "management", "cert-analyst")) {
            as("moh", role).body(report(PublicAccounts.uniqueHandle("moh_role_"))).post(REPORTS)
                    .then().statusCode(403).contentType("application/problem+json");
            as("moh", role).body(Map.of("to", "SUBMITTED_TO_PLATFORM", "platformCaseRef", "X-1"))
                    .post(REPORTS + "/" + id + "/transitions").then().statusCode(403);
        }
        assertThat(reports()).isEqualTo(before);
        entityAdmin("moh").get(REPORTS + "/" + id).then().body("status", equalTo("REPORTED"));
    }

    @Test
    void shouldRequireAToken() {
        given().contentType(ContentType.JSON).body(report("moh_fake")).post(REPORTS).then().statusCode(401)
                .contentType("application/problem+json");
        given().get(REPORTS).then().statusCode(401);
        given().get(REPORTS + "/" + UUID.randomUUID()).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("to", "REMOVED"))
                .post(REPORTS + "/" + UUID.randomUUID() + "/transitions").then().statusCode(401);
    }

    @Test
    void shouldRefuseASecondOpenReportOfTheSameAccount() {
        String handle = PublicAccounts.uniqueHandle("moh_twice_");
        String first = create("moh", report(handle));
        long before = reports();
        entityAdmin("moh").body(report(handle.toUpperCase())).post(REPORTS).then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(reports()).isEqualTo(before);

        // Another entity follows its own report; a closed report may be opened again.
        create("mohe", report(handle));
        transition(first, "SUBMITTED_TO_PLATFORM", "X-9", 200);
        transition(first, "REJECTED", null, 200);
        create("moh", report(handle));
    }

    @Test
    void shouldRefuseToReportAnOfficialAccountAsAnImpersonator() {
        String official = PublicAccounts.uniqueHandle("moh_official_");
        PublicAccounts.propose("mohe", "mohesr.gov.iq", "X", official, "وزارة التعليم العالي", "Higher Education");
        long before = reports();
        entityAdmin("moh").body(report(official)).post(REPORTS).then().statusCode(422)
                .contentType("application/problem+json");
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void shouldReplayARetriedReport() {
        Map<String, Object> body = report(PublicAccounts.uniqueHandle("moh_retry_"));
        String key = UUID.randomUUID().toString();
        String first = entityAdmin("moh").header("Idempotency-Key", key).body(body).post(REPORTS)
                .then().statusCode(201).extract().path("id");
        long after = reports();
        String replayed = entityAdmin("moh").header("Idempotency-Key", key).body(body).post(REPORTS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(replayed).isEqualTo(first);
        assertThat(reports()).isEqualTo(after);
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("no platform", Map.of("platform", "<absent>"), "platform"),
                Arguments.of("unknown platform", Map.of("platform", "MYSPACE"), "platform"),
                Arguments.of("no handle", Map.of("handle", "<absent>"), "handle"),
                Arguments.of("handle with spaces", Map.of("handle", "moh iraq"), "handle"),
                Arguments.of("profile not a link", Map.of("profileUrl", "ftp://x.com/moh"), "profileUrl"),
                Arguments.of("profile of another account", Map.of("profileUrl", "https://x.com/someone_else"),
                        "profileUrl"),
                Arguments.of("profile on no known platform", Map.of("profileUrl", "https://ßiÂā/moh_bad"),
                        "profileUrl"),
                Arguments.of("profile on an unknown site", Map.of("profileUrl", "https://x.com.evil.example/moh"),
                        "profileUrl"),
                Arguments.of("link to a post, not a profile", Map.of("profileUrl", "https://x.com/i/status/1"),
                        "profileUrl"),
                Arguments.of("evidence not a link", Map.of("evidenceUrls", List.of("screenshot.png")),
                        "evidenceUrls[0]"),
                Arguments.of("notes too long", Map.of("notes", "x".repeat(2001)), "notes"),
                Arguments.of("entity in the body", Map.of("entity", "mohe"), "entity"),
                Arguments.of("status in the body", Map.of("status", "REMOVED"), "status"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void shouldRejectBadBodiesWithProblemAndStoreNothing(String why, Map<String, Object> changes, String field) {
        Map<String, Object> body = report(PublicAccounts.uniqueHandle("moh_bad_"));
        body.putAll(changes);
        body.values().removeIf("<absent>"::equals);
        long before = reports();
        entityAdmin("moh").body(body).post(REPORTS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        assertThat(reports()).isEqualTo(before);
    }

    private static List<String> audited(String id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry
                .<AuditEntry>list("recordType = ?1 and recordId = ?2 order by seq", "impersonation-report", id)
                .stream().map(entry -> entry.action).toList());
    }
}
