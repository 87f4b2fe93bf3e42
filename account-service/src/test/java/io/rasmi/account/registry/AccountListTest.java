package io.rasmi.account.registry;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.account.devices.PublishedEvents;
import io.rasmi.events.AccountStatus;
import io.restassured.path.json.JsonPath;

/** The register as its readers search it: by status, platform and text, in the order they ask. */
@QuarkusTest
class AccountListTest {

    private static final String ACCOUNTS = "/api/v1/accounts";

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    /** A word no other test's account carries, so each test sees only its own accounts. */
    private static String marker() {
        return "lst" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String propose(String entity, String platform, String handle, String displayNameAr) {
        Map<String, Object> body = new HashMap<>();
        body.put("platform", platform);
        body.put("handle", handle);
        body.put("displayNameAr", displayNameAr);
        body.put("displayNameEn", "Official account");
        body.put("registrationEmail", "social@" + (entity.equals("moh") ? "moh.gov.iq" : "mohesr.gov.iq"));
        return entityAdmin(entity).body(body).post(ACCOUNTS).then().statusCode(201).extract().path("id");
    }

    private static List<String> handles(String query) {
        return as("moh", "publisher").get(ACCOUNTS + "?size=200&" + query).then().statusCode(200)
                .extract().jsonPath().getList("items.handle", String.class);
    }

    @Test
    void shouldFilterByStatusAndPlatform() {
        String marker = marker();
        String proposedX = propose("moh", "X", marker + "_a", "وزارة الصحة");
        String activeX = propose("moh", "X", marker + "_b", "وزارة الصحة");
        String activeFacebook = propose("moh", "FACEBOOK", marker + "_c", "وزارة الصحة");
        String suspendedFacebook = propose("moh", "FACEBOOK", marker + "_d", "وزارة الصحة");
        PublishedEvents.setStatus(activeX, AccountStatus.ACTIVE);
        PublishedEvents.setStatus(activeFacebook, AccountStatus.ACTIVE);
        PublishedEvents.setStatus(suspendedFacebook, AccountStatus.SUSPENDED);
        assertThat(proposedX).isNotNull();

        assertThat(handles("q=" + marker)).containsExactly(marker + "_a", marker + "_b", marker + "_c",
                marker + "_d");
        assertThat(handles("q=" + marker + "&status=ACTIVE")).containsExactly(marker + "_b", marker + "_c");
        assertThat(handles("q=" + marker + "&status=ACTIVE&status=SUSPENDED"))
                .containsExactly(marker + "_b", marker + "_c", marker + "_d");
        assertThat(handles("q=" + marker + "&platform=X")).containsExactly(marker + "_a", marker + "_b");
        assertThat(handles("q=" + marker + "&platform=FACEBOOK&status=ACTIVE")).containsExactly(marker + "_c");
        as("moh", "publisher").get(ACCOUNTS + "?q=" + marker + "&status=ACTIVE&size=1").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.size()", equalTo(1));
    }

    @Test
    void shouldFindAccountsByArabicNormalisedText() {
        String marker = marker();
        propose("moh", "X", marker + "_ministry", "وزارة الصحة العراقية");
        propose("moh", "X", marker + "_directorate", "دائرة صحة بغداد");
        propose("moh", "X", marker + "_hospital", "مستشفى الإمام علي");

        // Taa marbuta and heh, hamza forms and bare alef, diacritics and tatweel compare equal.
        assertThat(handles("q=وزاره " + marker)).containsExactly(marker + "_ministry");
        assertThat(handles("q=وَزارَة الصّحـة " + marker)).containsExactly(marker + "_ministry");
        assertThat(handles("q=الامام " + marker)).containsExactly(marker + "_hospital");
        assertThat(handles("q=صحة " + marker)).containsExactly(marker + "_ministry", marker + "_directorate");
        // The handle is searched too, in any case.
        assertThat(handles("q=" + marker.toUpperCase() + "_DIRECTORATE")).containsExactly(marker + "_directorate");
        // Every word must match.
        assertThat(handles("q=بغداد الإمام " + marker)).isEmpty();
    }

    @Test
    void shouldSortAsAsked() {
        String marker = marker();
        String b = propose("moh", "X", marker + "_b", "وزارة الصحة");
        propose("moh", "FACEBOOK", marker + "_a", "وزارة الصحة");
        propose("moh", "X", marker + "_c", "وزارة الصحة");
        PublishedEvents.setStatus(b, AccountStatus.ACTIVE);

        assertThat(handles("q=" + marker)).as("oldest first by default")
                .containsExactly(marker + "_b", marker + "_a", marker + "_c");
        assertThat(handles("q=" + marker + "&sort=handle"))
                .containsExactly(marker + "_a", marker + "_b", marker + "_c");
        assertThat(handles("q=" + marker + "&sort=-handle"))
                .containsExactly(marker + "_c", marker + "_b", marker + "_a");
        assertThat(handles("q=" + marker + "&sort=-createdAt"))
                .containsExactly(marker + "_c", marker + "_a", marker + "_b");
        assertThat(handles("q=" + marker + "&sort=platform,-handle"))
                .containsExactly(marker + "_a", marker + "_c", marker + "_b");
    }

    @Test
    void shouldNeverListAnotherEntitysAccounts() {
        String marker = marker();
        propose("moh", "X", marker + "_moh", "وزارة الصحة");
        propose("mohe", "X", marker + "_mohe", "وزارة التعليم العالي");
        assertThat(handles("q=" + marker)).containsExactly(marker + "_moh");
        assertThat(handles("q=" + marker + "&status=PROPOSED&platform=X")).containsExactly(marker + "_moh");
    }

    @Test
    void shouldRefuseUnknownValuesAndQueryParameters() {
        Map<String, String> bad = Map.of(
                "status=BOGUS", "status",
                "platform=MYSPACE", "platform",
                "sort=colour", "sort",
                "sort=handle,status,platform,createdAt", "sort",
                "q=" + "ب".repeat(101), "q",
                "q=*.*", "q",
                "stauts=ACTIVE", "stauts",
                "pagesize=5", "pagesize");
        bad.forEach((query, field) -> as("moh", "publisher").get(ACCOUNTS + "?" + query)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field)));
        as("moh", "publisher").header("Accept-Language", "en").get(ACCOUNTS + "?status=BOGUS").then().statusCode(400)
                .body("detail", containsString("ACTIVE"));
    }

    @Test
    void shouldKeepTheSearchTextInStepWithTheNames() {
        String marker = marker();
        String id = propose("moh", "X", marker + "_renamed", "وزارة الصحة");
        entityAdmin("moh").contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body(Map.of("displayNameAr", "هيئة الإعلام والاتصالات")).patch(ACCOUNTS + "/" + id)
                .then().statusCode(200);
        assertThat(handles("q=وزارة " + marker)).isEmpty();
        assertThat(handles("q=الاعلام " + marker)).containsExactly(marker + "_renamed");
        String stored = QuarkusTransaction.requiringNew()
                .call(() -> OfficialAccount.<OfficialAccount> findById(UUID.fromString(id)).searchText);
        assertThat(stored).contains(marker).contains("الاعلام").doesNotContain("وزاره");
    }

    @Test
    void shouldDocumentTheFiltersWithTheirValues() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> parameters = document.getList("paths.'/api/v1/accounts'.get.parameters");
        assertThat(parameters).extracting(p -> p.get("name"))
                .contains("status", "platform", "q", "sort", "page", "size");
        Map<String, Object> status = parameters.stream().filter(p -> "status".equals(p.get("name"))).findFirst()
                .orElseThrow();
        String statusSchema = status.get("schema").toString();
        assertThat(statusSchema).contains("array");
        // The values are listed inline or in the AccountStatus schema the items refer to.
        assertThat(statusSchema.contains("ACTIVE")
                || statusSchema.contains("AccountStatus")
                        && document.getList("components.schemas.AccountStatus.enum").contains("ACTIVE"))
                .as("status values in %s", statusSchema).isTrue();
        Map<String, Object> sort = parameters.stream().filter(p -> "sort".equals(p.get("name"))).findFirst()
                .orElseThrow();
        assertThat(sort.get("description").toString()).contains("-createdAt").contains("displayName");
    }
}
