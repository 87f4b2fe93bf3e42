package io.rasmi.content.checks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ContentCheckResourceTest {

    private static final String PATH = "/api/v1/content-checks";

    @Inject
    NearDuplicates nearDuplicates;

    private static RequestSpecification as(String entity, String role) {
        return given().auth().oauth2(TestTokens.user(entity + "-" + role).entity(entity).roles(role).token())
                .contentType(ContentType.JSON);
    }

    private static ValidatableResponse check(String role, Map<String, Object> draft) {
        return as("moh", role).body(draft).post(PATH).then();
    }

    @Test
    void shouldAnswerEveryBlockerOfAnArabicDraftWithClausesAndPositions() {
        String body = "للاستفسار اتصلوا على ٠٧٧٠١٢٣٤٥٦٧ والمراجع الحقيـــر لا يستحق الرد. التفاصيل: "
                + "http://moh.gov.iq/news/1";
        ValidatableResponse answer = check("publisher", Map.of("body", body, "language", "ar", "format", "IMAGE",
                "media", List.of(Map.of("kind", "IMAGE", "description", "مراجعون في المستشفى", "showsPeople", true,
                        "officialPhoto", false, "includesLogo", false, "ownedByEntity", true))));
        answer.statusCode(200).body("blocked", equalTo(true))
                .body("findings.checkId", hasItems("PERSONAL_DATA", "HATE_SPEECH", "LINK_NOT_OFFICIAL",
                        "PEOPLE_WITHOUT_CONSENT", "NO_LOGO", "NO_WEBSITE_LINK"))
                .body("findings[0].severity", equalTo("BLOCKER"));
        List<Map<String, Object>> findings = answer.extract().jsonPath().getList("findings");
        Map<String, Object> phone = findings.stream().filter(f -> "PERSONAL_DATA".equals(f.get("checkId")))
                .findFirst().orElseThrow();
        assertThat(phone.get("clause")).isEqualTo("G6.i");
        assertThat(body.substring((Integer) phone.get("start"), (Integer) phone.get("end"))).isEqualTo("٠٧٧٠١٢٣٤٥٦٧");
        Map<String, Object> insult = findings.stream().filter(f -> "HATE_SPEECH".equals(f.get("checkId")))
                .findFirst().orElseThrow();
        assertThat(insult.get("excerpt")).isEqualTo("الحقيـــر");
        assertThat((String) insult.get("messageAr")).contains("G4.3.j");
    }

    @Test
    void shouldNotBlockACleanEnglishDraftThatLinksBackToTheWebsite() {
        check("approver", Map.of("title", "Vaccination campaign", "body", "The national vaccination campaign "
                + "starts on Sunday in every province. Write to info@moh.gov.iq for details.", "language", "en",
                "websiteLink", "https://moh.gov.iq/news/123"))
                .statusCode(200).body("blocked", equalTo(false)).body("blockers", equalTo(0))
                .body("findings.checkId", not(hasItems("PERSONAL_DATA", "NO_WEBSITE_LINK", "SPELLING")));
    }

    @Test
    void shouldNameTheScheduledItemThatTheDraftDuplicates() {
        UUID account = UUID.randomUUID();
        UUID scheduled = UUID.randomUUID();
        Instant at = Instant.parse("2027-01-10T09:00:00Z");
        nearDuplicates.record(scheduled, "moh", account, NearDuplicatesTest.POST, at.plus(Duration.ofDays(2)),
                NearDuplicates.Status.SCHEDULED);
        check("entity-admin", Map.of("body", NearDuplicatesTest.POST, "targetAccountIds", List.of(account.toString()),
                "plannedAt", at.toString(), "websiteLink", "https://moh.gov.iq/news/1"))
                .statusCode(200).body("blocked", equalTo(true))
                .body("findings.find { it.checkId == 'DUPLICATE_SAME_ACCOUNT' }.matchingContentId",
                        equalTo(scheduled.toString()));
        // Another entity's calendar is not this one's.
        as("mohe", "publisher").body(Map.of("body", NearDuplicatesTest.POST, "targetAccountIds",
                List.of(account.toString()), "plannedAt", at.toString())).post(PATH).then().statusCode(200)
                .body("findings.checkId", not(hasItems("DUPLICATE_SAME_ACCOUNT", "DUPLICATE_OTHER_ACCOUNT")));
    }

    @Test
    void shouldRefuseABadDraftWithAProblem() {
        check("publisher", Map.of("body", "x".repeat(20001))).statusCode(400)
                .contentType("application/problem+json");
        check("publisher", Map.of("body", "نص", "colour", "red")).statusCode(400)
                .contentType("application/problem+json");
        check("publisher", Map.of("body", "نص", "language", "fr")).statusCode(400)
                .contentType("application/problem+json");
        check("publisher", Map.of("media", List.of(Map.of("description", "بلا نوع")))).statusCode(400)
                .contentType("application/problem+json");
    }
}
