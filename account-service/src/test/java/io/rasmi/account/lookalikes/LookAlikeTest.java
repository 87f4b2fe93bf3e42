package io.rasmi.account.lookalikes;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Callers;
import io.rasmi.account.Fixtures;
import io.rasmi.account.verification.PublicAccounts;
import io.rasmi.events.AccountStatus;
import io.rasmi.testkit.TestTokens;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class LookAlikeTest {

    private static final String LOOK_ALIKES = "/api/v1/look-alikes";
    /** An entity of its own, so that its names are not shared with the other tests' accounts. */
    private static final String COI = "coi";
    private static final String COI_NAME_AR = "هيئة النزاهة الاتحادية";

    @BeforeEach
    void registerEntities() {
        Fixtures.registerDemoEntities();
        Callers.platformAdmin()
                .body(Map.of("code", COI, "nameAr", COI_NAME_AR, "nameEn", "Federal Commission of Integrity",
                        "kind", "INDEPENDENT_BODY", "websiteUrl", "https://nazaha.iq",
                        "emailDomains", List.of("nazaha.iq")))
                .post("/api/v1/entities")
                .then().statusCode(anyOf(is(201), is(409)));
    }

    /** An ACTIVE account of the commission: public, so any entity may see it among the look-alikes. */
    private static UUID coiAccount(String platform, String handle) {
        return coiAccount(platform, handle, AccountStatus.ACTIVE);
    }

    private static UUID coiAccount(String platform, String handle, AccountStatus status) {
        UUID id = PublicAccounts.propose(COI, "nazaha.iq", platform, handle, COI_NAME_AR,
                "Federal Commission of Integrity");
        if (status != AccountStatus.PROPOSED) {
            PublicAccounts.move(id, status);
        }
        return id;
    }

    private static JsonPath search(Map<String, String> query) {
        return entityAdmin("moh").queryParams(query).get(LOOK_ALIKES)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> resultFor(JsonPath results, String handle) {
        List<Map<String, Object>> found = results.getList("findAll { it.handle == '" + handle + "' }");
        assertThat(found).as("results for %s in %s", handle, results.prettify()).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasons(Map<String, Object> match) {
        return (List<String>) match.get("reasons");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the same name                        | هيئة النزاهة الاتحادية          | IDENTICAL
            hamza and taa marbuta variants       | هيأة النزاهه الإتحادية          | NORMALISED
            tashkeel and tatweel                 | هَيْئَةُ النَّزاهـــة الاتحاديّة      | NORMALISED
            with generic words around it         | النزاهة الاتحادية - الصفحة الرسمية | GENERIC_WORDS_IGNORED
            its Latin transliteration            | Hayat al-Nazaha al-Ittihadiya   | TRANSLITERATION
            """)
    void shouldFindTheOfficialAccountAnArabicNameResembles(String why, String displayName, String reason) {
        String handle = PublicAccounts.uniqueHandle("nazaha_");
        coiAccount("FACEBOOK", handle);

        Map<String, Object> match = resultFor(search(Map.of("displayName", displayName)), handle);

        assertThat(((Number) match.get("similarity")).doubleValue()).as(why).isGreaterThanOrEqualTo(0.85);
        assertThat(reasons(match)).as(why).contains(reason);
        assertThat(match.get("entityCode")).isEqualTo(COI);
        assertThat(match.get("displayNameAr")).isEqualTo(COI_NAME_AR);
    }

    @Test
    void shouldFindTheOfficialAccountAHandleWithConfusableCharactersCopies() {
        String handle = PublicAccounts.uniqueHandle("nazaha_iq_");
        coiAccount("X", handle);
        String lookAlike = handle.toUpperCase().replace("I", "l").replace("_", ".");

        JsonPath results = search(Map.of("platform", "X", "handle", lookAlike));

        Map<String, Object> match = resultFor(results, handle);
        assertThat(((Number) match.get("similarity")).doubleValue()).isGreaterThan(0.95);
        assertThat(reasons(match))
                .contains("SIMILAR_HANDLE", "CONFUSABLE_CHARACTERS", "SAME_PLATFORM");
        assertThat(results.getString("[0].handle")).isEqualTo(handle);
    }

    @Test
    void shouldRankTheCloserLookAlikeFirst() {
        String base = PublicAccounts.uniqueHandle("nazaha_rank_");
        String exact = base;
        String further = base.substring(0, base.length() - 3) + "xyz";
        coiAccount("INSTAGRAM", exact);
        coiAccount("INSTAGRAM", further);

        JsonPath results = search(Map.of("platform", "INSTAGRAM", "handle", exact.replace("_", "-")));

        List<String> handles = results.getList("handle");
        assertThat(handles).contains(exact, further);
        assertThat(handles.indexOf(exact)).isLessThan(handles.indexOf(further));
        List<Float> similarities = results.getList("similarity", Float.class);
        for (int i = 1; i < similarities.size(); i++) {
            assertThat(similarities.get(i)).isLessThanOrEqualTo(similarities.get(i - 1));
        }
    }

    @Test
    void shouldListNothingForAnUnrelatedName() {
        String handle = PublicAccounts.uniqueHandle("nazaha_other_");
        coiAccount("TIKTOK", handle);

        JsonPath results = search(Map.of("displayName", "شركة نفط الجنوب", "handle", "south_oil_company"));

        assertThat(results.getList("handle")).doesNotContain(handle);
        assertThat(results.getList("entityCode")).doesNotContain(COI);
    }

    @Test
    void shouldRankEveryEntitysAccountsButGiveIdsOnlyOfTheCallersOwn() {
        String handle = PublicAccounts.uniqueHandle("nazaha_ids_");
        UUID id = coiAccount("YOUTUBE", handle);

        Map<String, Object> seenByMoh = resultFor(search(Map.of("handle", handle)), handle);
        Map<String, Object> seenByCoi = resultFor(as(COI, "moderator").queryParams(Map.of("handle", handle))
                .get(LOOK_ALIKES).then().statusCode(200).extract().jsonPath(), handle);

        assertThat(seenByMoh).doesNotContainKey("accountId");
        assertThat(seenByCoi.get("accountId")).isEqualTo(id.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            PROPOSED,    false
            APPROVED,    false
            ACTIVE,      true
            SUSPENDED,   false
            COMPROMISED, true
            ARCHIVED,    false
            """)
    void shouldShowAnotherEntitysAccountOnlyWhenPublicAndTheCallersOwnInEveryStatus(AccountStatus status,
            boolean publicStatus) {
        String handle = PublicAccounts.uniqueHandle("nazaha_seen_");
        UUID id = coiAccount("X", handle, status);

        JsonPath seenByMoh = search(Map.of("platform", "X", "handle", handle));
        JsonPath seenByCoi = as(COI, "publisher").queryParams(Map.of("platform", "X", "handle", handle))
                .get(LOOK_ALIKES).then().statusCode(200).extract().jsonPath();

        if (publicStatus) {
            assertThat(seenByMoh.getList("handle")).contains(handle);
        } else {
            assertThat(seenByMoh.getList("handle")).as("another entity's %s account", status)
                    .doesNotContain(handle);
            assertThat(seenByMoh.prettify()).doesNotContain(handle).doesNotContain(id.toString());
        }
        assertThat(resultFor(seenByCoi, handle).get("accountId")).as("its own %s account", status)
                .isEqualTo(id.toString());
    }

    @Test
    void shouldListAtMostTwentyBestFirstAboveTheThreshold() {
        Callers.platformAdmin()
                .body(Map.of("code", "passports", "nameAr", "مديرية الجوازات والإقامة",
                        "nameEn", "Directorate of Passports and Residence", "kind", "AGENCY",
                        "websiteUrl", "https://passports.gov.iq", "emailDomains", List.of("passports.gov.iq")))
                .post("/api/v1/entities")
                .then().statusCode(anyOf(is(201), is(409)));
        String name = "مديرية الجوازات " + arabicWord(6);
        for (int i = 0; i < 21; i++) {
            PublicAccounts.move(PublicAccounts.propose("passports", "passports.gov.iq", "FACEBOOK",
                    PublicAccounts.uniqueHandle("pass_"), name, "Passports"), AccountStatus.ACTIVE);
        }

        JsonPath results = search(Map.of("displayName", name));

        assertThat(results.getList("$")).hasSize(20);
        List<Float> similarities = results.getList("similarity", Float.class);
        assertThat(similarities).allSatisfy(similarity -> assertThat(similarity).isBetween(0.75f, 1.0f));
        assertThat(similarities).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(results.getList("entityCode", String.class)).containsOnly("passports");
    }

    /** A word of random Arabic letters, so that a test's names are its own. */
    private static String arabicWord(int letters) {
        String alphabet = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
        StringBuilder word = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < letters; i++) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }

    @Test
    void shouldRequireAHandleOrADisplayName() {
        entityAdmin("moh").get(LOOK_ALIKES).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("handle"));
        entityAdmin("moh").queryParams(Map.of("handle", " ", "displayName", "")).get(LOOK_ALIKES).then()
                .statusCode(400);
        entityAdmin("moh").queryParams(Map.of("handle", "moh", "platform", "MYSPACE")).get(LOOK_ALIKES).then()
                .statusCode(400).body("violations.field", hasItem("platform"));
    }

    @Test
    void shouldServeAnyRoleOfAnEntityAndNobodyElse() {
        for (String role : List.of("entity-admin", "publisher", "approver", "moderator", "it-security", "management")) {
            as("moh", role).queryParam("handle", "moh").get(LOOK_ALIKES).then().statusCode(200);
        }
        given().queryParam("handle", "moh").get(LOOK_ALIKES).then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2("forged.token.value").queryParam("handle", "moh").get(LOOK_ALIKES).then()
                .statusCode(401);
        given().auth().oauth2(TestTokens.user("no-entity").roles("entity-admin").token())
                .queryParam("handle", "moh").get(LOOK_ALIKES).then().statusCode(403);
    }
}
