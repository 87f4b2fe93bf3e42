package io.rasmi.account.posture;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Callers;
import io.rasmi.account.Fixtures;
import io.rasmi.testkit.MovableClock;
import io.rasmi.account.lifecycle.AccountStates;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestConsumer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PostureTest {

    private static final String ACCOUNTS = "/api/v1/accounts";

    @Inject
    MovableClock clock;

    @Inject
    PostureService posture;

    @BeforeEach
    void demoEntities() {
        Fixtures.registerDemoEntities();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An entity of its own with a unit head, and an ACTIVE account that meets every clause, all through the API. */
    record Compliant(String entity, String accountId, String deviceId) {
    }

    static Compliant compliantAccount() {
        return compliantAccount(true);
    }

    /**
     * An entity of its own and an ACTIVE account that meets every clause; without {@code accessHistory}, no access
     * history was uploaded (so G6.h2 has no evidence).
     */
    static Compliant compliantAccount(boolean accessHistory) {
        String entity = AccountStates.freshEntity();
        String domain = entity + ".gov.iq";
        String head = created(entityAdmin(entity).body(Map.of("fullName", "Zainab Al-Hashimi",
                "officialEmail", "head@" + domain, "unitRole", "HEAD")).post("/api/v1/staff"));
        String officer = created(entityAdmin(entity).body(Map.of("fullName", "Ali Hassan",
                "officialEmail", "it@" + domain, "unitRole", "IT_OFFICER")).post("/api/v1/staff"));
        String publisher = trainedMember(entity, "Noor Karim", "publisher@" + domain, "PUBLISHER");
        String moderator = trainedMember(entity, "Huda Salman", "moderator@" + domain, "MODERATOR");
        String handle = entity + "_official";
        Map<String, Object> profile = new java.util.HashMap<>(Map.of(
                "platform", "FACEBOOK", "handle", handle, "profileUrl", "https://www.facebook.com/" + handle,
                "displayNameAr", "هيئة الاختبار - الحساب الرسمي", "displayNameEn", "Test Authority",
                "registrationEmail", "social@" + domain, "websiteLinkUrl", "https://" + domain + "/social",
                "needsStudyRef", "STUDY/2026/1", "riskAnalysisRef", "RISK/2026/1",
                "bio", "الحساب الرسمي. للتواصل: info@" + domain));
        profile.put("objectives", "Inform citizens about the authority's services");
        profile.put("postingPlan", Map.of("postsPerWeek", 5));
        String id = created(entityAdmin(entity).body(profile).post(ACCOUNTS));
        AccountStates.decide(entity, id);
        for (String staff : List.of(head, officer)) {
            entityAdmin(entity).body(Map.of("staffId", staff, "role", "ADMIN"))
                    .post(ACCOUNTS + "/" + id + "/role-holders").then().statusCode(201);
        }
        entityAdmin(entity).body(Map.of("staffId", publisher, "role", "PUBLISHER"))
                .post(ACCOUNTS + "/" + id + "/role-holders").then().statusCode(201);
        entityAdmin(entity).body(Map.of("staffId", moderator, "role", "MODERATOR"))
                .post(ACCOUNTS + "/" + id + "/role-holders").then().statusCode(201);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String device = created(entityAdmin(entity).body(Map.of("kind", "PHONE", "assetTag", "PH-" + tag,
                "serialNumber", "SN" + tag, "phoneNumber", "0770" + (1_000_000 + Math.abs(tag.hashCode() % 8_999_999)),
                "custodianStaffId", officer, "fingerprint", "fp-" + tag)).post("/api/v1/devices"));
        entityAdmin(entity).body(Map.of("method", "SMS", "deviceId", device))
                .put(ACCOUNTS + "/" + id + "/two-factor").then().statusCode(200);
        if (accessHistory) {
            as(entity, "it-security").body(List.of(Map.of("at", Instant.now().minusSeconds(3600).toString(),
                    "deviceFingerprint", "fp-" + tag))).post(ACCOUNTS + "/" + id + "/access-log")
                    .then().statusCode(200).body("anomalies", equalTo(0));
        }
        AccountStates.rotate(entity, id);
        entityAdmin(entity).post(ACCOUNTS + "/" + id + "/activation").then().statusCode(200);
        for (String kind : List.of("SETTINGS", "ACCESS_HISTORY", "ROLE_HOLDERS")) {
            as(entity, "it-security").body(Map.of("kind", kind, "reviewedAt", Instant.now().toString(),
                    "findings", "Nothing out of line")).post(ACCOUNTS + "/" + id + "/reviews").then().statusCode(201);
        }
        entityAdmin(entity).body(Map.of("verified", true, "verifiedAt", Instant.now().minusSeconds(60).toString(),
                "evidenceUrl", "https://" + domain + "/evidence/badge.png"))
                .put(ACCOUNTS + "/" + id + "/verification").then().statusCode(200);
        for (String clause : List.of("G6.e", "G5.5", "G4.3.l")) {
            entityAdmin(entity).body(Map.of("clause", clause, "evidenceUrl", "https://" + domain + "/evidence/" + clause,
                    "note", "Checked by the head of the unit")).post(ACCOUNTS + "/" + id + "/attestations")
                    .then().statusCode(201);
        }
        return new Compliant(entity, id, device);
    }

    /** A member of the unit who completed every G7.6 topic. */
    static String trainedMember(String entity, String name, String email, String unitRole) {
        String member = created(entityAdmin(entity).body(Map.of("fullName", name, "officialEmail", email,
                "unitRole", unitRole)).post("/api/v1/staff"));
        for (String topic : List.of("HATE_SPEECH", "BIAS", "PERSONAL_DATA", "EXTERNAL_LINKS")) {
            entityAdmin(entity).body(Map.of("topic", topic, "completedAt", Instant.now().minusSeconds(86_400)
                    .toString())).post("/api/v1/staff/" + member + "/trainings").then().statusCode(201);
        }
        return member;
    }

    private static String created(io.restassured.response.Response response) {
        return response.then().statusCode(201).extract().path("id");
    }

    private static JsonPath report(String entity, String id) {
        return entityAdmin(entity).header("Accept-Language", "en").get(ACCOUNTS + "/" + id + "/posture")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> failing(JsonPath report) {
        return report.getList("controls.findAll { it.status == 'FAIL' || it.status == 'MISSING_EVIDENCE' }.clause");
    }

    @Test
    void shouldScore100ForAFullyCompliantAccount() {
        Compliant account = compliantAccount();

        JsonPath report = report(account.entity(), account.accountId());

        assertThat(failing(report)).isEmpty();
        assertThat(report.getInt("score")).isEqualTo(100);
        assertThat(report.getList("controls.clause", String.class)).contains("G3.2", "G4.3.k", "G5.1", "G5.3",
                "G5.4", "G5.6", "G6.a", "G6.b", "G6.c", "G6.d", "G6.e", "G6.f", "G6.g", "G6.h", "G6.h2", "G6.i",
                "G6.k", "G6.l", "G7.6");
        assertThat(report.getList("controls.status", String.class)).containsOnly("PASS");
        assertThat(report.getString("controls.find { it.clause == 'G6.b' }.titleAr")).contains("المصادقة الثنائية");
    }

    @Test
    void shouldFailOnlyG6bWhenTheTwoFactorPhoneIsRetired() {
        Compliant account = compliantAccount();
        entityAdmin(account.entity()).delete("/api/v1/devices/" + account.deviceId()).then().statusCode(204);

        JsonPath report = report(account.entity(), account.accountId());

        assertThat(failing(report)).containsExactly("G6.b");
        assertThat(report.getInt("score")).isLessThan(100);
        assertThat(report.getString("controls.find { it.clause == 'G6.b' }.remedy")).contains("two-factor");
    }

    @Test
    void shouldAnnounceOverduePasswordAndReviewsOnceWhenTimeMoves() {
        Compliant account = compliantAccount();
        UUID id = UUID.fromString(account.accountId());
        assertThat(posture.reevaluate(id).score()).isEqualTo(100);

        clock.advance(Duration.ofDays(91));
        PostureReport later = posture.reevaluate(id);
        posture.reevaluate(id);

        // 91 days on, the one uploaded access history is out of the review period too (G6.h2: no evidence).
        assertThat(later.failingClauses()).containsExactly("G6.g", "G6.h", "G6.h2");
        List<CloudEvent> events = accountEvents(account.accountId(), 6);
        assertThat(events).extracting(CloudEvent::type)
                .containsOnlyOnce("io.rasmi.account.password-rotation-overdue.v1")
                .filteredOn(type -> type.equals("io.rasmi.account.review-overdue.v1")).hasSize(3);
        CloudEvent changed = events.stream().filter(event -> event.type().equals("io.rasmi.account.posture-changed.v1"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(changed.data().get("failingClauses").toString()).contains("G6.g", "G6.h");
        assertThat(events.stream().filter(event -> event.type().equals("io.rasmi.account.posture-changed.v1")))
                .as("one for the first record, one for the change; the repeat changes nothing").hasSize(2);
    }

    @Test
    void shouldFailG6bWhenTwoFactorIsBoundToAGovernmentComputerRatherThanAPhone() {
        Compliant account = compliantAccount();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String computer = created(entityAdmin(account.entity()).body(Map.of("kind", "COMPUTER",
                "assetTag", "PC-" + tag, "serialNumber", "SN" + tag, "fingerprint", "fp-pc-" + tag))
                .post("/api/v1/devices"));
        entityAdmin(account.entity()).body(Map.of("method", "AUTHENTICATOR_APP", "deviceId", computer))
                .put(ACCOUNTS + "/" + account.accountId() + "/two-factor").then().statusCode(200);

        JsonPath report = report(account.entity(), account.accountId());

        assertThat(failing(report)).containsExactly("G6.b");
    }

    @Test
    void shouldCountG6h2AsUnknownAndNotPassingWhenNoAccessHistoryWasUploaded() {
        Compliant account = compliantAccount(false);

        JsonPath report = report(account.entity(), account.accountId());

        assertThat(report.getString("controls.find { it.clause == 'G6.h2' }.status")).isEqualTo("MISSING_EVIDENCE");
        assertThat(report.getString("controls.find { it.clause == 'G6.h2' }.remedy")).contains("access-log");
        assertThat(failing(report)).containsExactly("G6.h2");
        assertThat(report.getInt("score")).isLessThan(100);
    }

    @Test
    void shouldWarnOnASingleAdminAndFailWhenNoModeratorIsAssigned() {
        Compliant account = compliantAccount();
        String path = ACCOUNTS + "/" + account.accountId() + "/role-holders";
        List<Map<String, Object>> holders = entityAdmin(account.entity()).get(path).then().statusCode(200)
                .extract().jsonPath().getList("items");
        String firstAdmin = holders.stream().filter(holder -> "ADMIN".equals(holder.get("role")))
                .map(holder -> (String) holder.get("id")).findFirst().orElseThrow();
        entityAdmin(account.entity()).delete(path + "/" + firstAdmin).then().statusCode(200);

        JsonPath warned = report(account.entity(), account.accountId());
        assertThat(warned.getString("controls.find { it.clause == 'G6.a' }.status")).isEqualTo("WARN");
        assertThat(warned.getString("controls.find { it.clause == 'G6.a' }.remedy")).contains("second");
        assertThat(failing(warned)).isEmpty();
        assertThat(warned.getInt("score")).as("a warning still meets the clause").isEqualTo(100);

        String moderator = holders.stream().filter(holder -> "MODERATOR".equals(holder.get("role")))
                .map(holder -> (String) holder.get("id")).findFirst().orElseThrow();
        entityAdmin(account.entity()).delete(path + "/" + moderator).then().statusCode(200);

        JsonPath failed = report(account.entity(), account.accountId());
        assertThat(failed.getString("controls.find { it.clause == 'G6.a' }.status")).isEqualTo("FAIL");
        assertThat(failed.getString("controls.find { it.clause == 'G6.a' }.detail")).contains("MODERATOR");
    }

    @Test
    void shouldFailG6lWhileAnImpersonationReportWaitsPastItsFollowUpPeriod() {
        Compliant account = compliantAccount();
        String report = created(entityAdmin(account.entity()).body(Map.of("platform", "FACEBOOK",
                "handle", account.entity() + "_offical", "impersonatedAccountId", account.accountId(),
                "notes", "Copies our logo")).post("/api/v1/impersonation-reports"));
        assertThat(failing(report(account.entity(), account.accountId()))).isEmpty();

        clock.advance(Duration.ofDays(8));
        assertThat(failing(report(account.entity(), account.accountId()))).containsExactly("G6.l");

        entityAdmin(account.entity()).body(Map.of("to", "SUBMITTED_TO_PLATFORM", "platformCaseRef", "FB-123"))
                .post("/api/v1/impersonation-reports/" + report + "/transitions").then().statusCode(200);
        assertThat(failing(report(account.entity(), account.accountId()))).isEmpty();
    }

    @Test
    void shouldFailG5_4WithoutObjectivesOrAPostingPlan() {
        String entity = AccountStates.freshEntity();
        String id = AccountStates.proposed(entity);
        JsonPath report = report(entity, id);
        assertThat(report.getString("controls.find { it.clause == 'G5.4' }.status")).isEqualTo("FAIL");
    }

    private static List<CloudEvent> accountEvents(String id, int atLeast) {
        List<String> wanted = List.of("io.rasmi.account.posture-changed.v1",
                "io.rasmi.account.password-rotation-overdue.v1", "io.rasmi.account.review-overdue.v1");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<ConsumerRecord<String, String>> records;
        do {
            records = KafkaTestConsumer.records(Topics.ACCOUNT_EVENTS, Duration.ofSeconds(5),
                    record -> id.equals(record.key()) && wanted.contains(EventCodec.read(record.value()).type()));
        } while (records.size() < atLeast && System.nanoTime() < deadline);
        records.forEach(record -> EventContract.assertValid(record.key(), record.value()));
        return records.stream().map(record -> EventCodec.read(record.value())).toList();
    }

    @Test
    void shouldListTheEntitysAccountsAsJsonAndCsv() {
        Compliant account = compliantAccount();
        entityAdmin(account.entity()).get("/api/v1/posture")
                .then().statusCode(200)
                .body("entityCode", equalTo(account.entity()))
                .body("accounts.accountId", hasItem(account.accountId()));
        String csv = entityAdmin(account.entity()).accept("text/csv").get("/api/v1/posture")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().findFirst()).contains("accountId,platform,handle,status,score,failingClauses");
        assertThat(csv).contains(account.accountId() + ",FACEBOOK,").contains(",ACTIVE,100,");
    }

    @Test
    void shouldRollUpEveryEntityForTheCertAndPlatformAdmins() {
        Compliant account = compliantAccount();
        given().auth().oauth2(io.rasmi.testkit.TestTokens.user("cert-analyst").roles("cert-analyst").token())
                .get("/api/v1/posture/national")
                .then().statusCode(200)
                .body("find { it.entityCode == '" + account.entity() + "' }.fullyCompliant", equalTo(1));
        entityAdmin(account.entity()).get("/api/v1/posture/national").then().statusCode(403);
    }

    @Test
    void shouldHideAnotherEntitysAccountAndRefuseOtherRoles() {
        String id = AccountStates.proposed("moh");
        entityAdmin("mohe").get(ACCOUNTS + "/" + id + "/posture").then().statusCode(404)
                .contentType("application/problem+json");
        as("moh", "publisher").get(ACCOUNTS + "/" + id + "/posture").then().statusCode(403);
        given().get(ACCOUNTS + "/" + id + "/posture").then().statusCode(401);
        as("moh", "management").get(ACCOUNTS + "/" + id + "/posture").then().statusCode(200)
                .body("controls.find { it.clause == 'G5.1' }.status", equalTo("FAIL"));
        Callers.platformAdmin().contentType(ContentType.JSON).post("/api/v1/posture/evaluations")
                .then().statusCode(200);
        entityAdmin("moh").post("/api/v1/posture/evaluations").then().statusCode(403);
    }
}
