package io.rasmi.account.verification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.events.AccountStatus;
import io.smallrye.common.annotation.Identifier;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class PublicLookupTest {

    private static final String VERIFY = "/public/v1/verify";
    private static final Duration EVENT_DELIVERY = Duration.ofSeconds(30);
    private static final int RACE_ROUNDS = Integer.getInteger("race.rounds", 5);
    private static final int RACE_CLIENTS = 16;

    @TestHTTPResource("/")
    URL base;

    @Inject
    PublicRegister register;

    @Inject
    RegisterReader reader;

    @Inject
    @Identifier(PublicAnswerRefresher.Rebalance.NAME)
    PublicAnswerRefresher.Rebalance refresher;

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static UUID account(String handle, AccountStatus status) {
        UUID id = PublicAccounts.propose("moh", "moh.gov.iq", "FACEBOOK", handle, "وزارة الصحة العراقية",
                "Iraqi Ministry of Health");
        if (status != AccountStatus.PROPOSED) {
            PublicAccounts.move(id, status);
        }
        return id;
    }

    /** An account in {@code status}, once the lookup has followed its event (answers follow events, not rows). */
    private UUID followedAccount(String handle, AccountStatus status) {
        awaitListening();
        UUID id = account(handle, status);
        Awaitility.await().atMost(EVENT_DELIVERY).untilAsserted(() -> assertThat(register.listing(id))
                .hasValueSatisfying(listing -> assertThat(listing.status()).isEqualTo(status)));
        return id;
    }

    private static ValidatableResponse verify(Map<String, String> query) {
        return given().queryParams(query).get(VERIFY).then();
    }

    private static ValidatableResponse verifyHandle(String handle) {
        return verify(Map.of("platform", "FACEBOOK", "handle", handle));
    }

    @Test
    void shouldConfirmAnActiveAccountWithoutAToken() {
        String handle = PublicAccounts.uniqueHandle("MOH_pub_");
        followedAccount(handle, AccountStatus.ACTIVE);

        verifyHandle("@" + handle.toUpperCase())
                .statusCode(200)
                .contentType("application/json")
                .body("official", equalTo(true))
                .body("status", equalTo("ACTIVE"))
                .body("entity.code", equalTo("moh"))
                .body("entity.nameAr", equalTo("وزارة الصحة"))
                .body("entity.nameEn", equalTo("Ministry of Health"))
                .body("entity.websiteUrl", equalTo("https://moh.gov.iq"))
                .body("account.platform", equalTo("FACEBOOK"))
                .body("account.handle", equalTo(handle))
                .body("account.displayNameAr", equalTo("وزارة الصحة العراقية"))
                .body("account.displayNameEn", equalTo("Iraqi Ministry of Health"))
                .body("account.verifiedBadge", equalTo(false))
                .body("warning", nullValue())
                .body("resembles", nullValue());
    }

    @Test
    void shouldReadTheAccountOutOfTheLinkACitizenCopied() {
        String handle = PublicAccounts.uniqueHandle("moh_link_");
        followedAccount(handle, AccountStatus.ACTIVE);

        for (String url : List.of("https://www.facebook.com/" + handle, "http://m.facebook.com/" + handle.toUpperCase()
                + "/?ref=page_internal#posts", "facebook.com/" + handle + "/", "https://fb.com/" + handle)) {
            verify(Map.of("url", url)).statusCode(200).body("official", equalTo(true)).body("account.handle",
                    equalTo(handle));
        }
    }

    @Test
    void shouldWarnNotToTrustACompromisedAccount() {
        String handle = PublicAccounts.uniqueHandle("moh_hacked_");
        followedAccount(handle, AccountStatus.COMPROMISED);

        verifyHandle(handle)
                .statusCode(200)
                .body("official", equalTo(true))
                .body("status", equalTo("COMPROMISED"))
                .body("warning.ar", containsString("للاختراق"))
                .body("warning.en", containsString("compromised"))
                .body("account.handle", equalTo(handle));
    }

    @Test
    void shouldAnswerUnknownForAnAccountThatIsNotPublicYet() {
        String handle = PublicAccounts.uniqueHandle("moh_proposed_");
        followedAccount(handle, AccountStatus.PROPOSED);
        String suspended = PublicAccounts.uniqueHandle("moh_suspended_");
        followedAccount(suspended, AccountStatus.SUSPENDED);

        for (String asked : List.of(handle, suspended)) {
            verifyHandle(asked)
                    .statusCode(200)
                    .body("official", equalTo(false))
                    .body("status", nullValue())
                    .body("entity", nullValue())
                    .body("account", nullValue())
                    .body("resembles.handle", not(hasItem(asked)));
        }
    }

    @Test
    void shouldNameTheOfficialAccountsAnUnknownOneResembles() {
        String handle = PublicAccounts.uniqueHandle("moh_real_");
        followedAccount(handle, AccountStatus.ACTIVE);
        String lookAlike = handle.toUpperCase().replace('O', '0').replace("_", ".");

        verifyHandle(lookAlike)
                .statusCode(200)
                .body("official", equalTo(false))
                .body("resembles[0].platform", equalTo("FACEBOOK"))
                .body("resembles[0].handle", equalTo(handle))
                .body("resembles[0].entityCode", equalTo("moh"))
                .body("resembles[0].similarity", greaterThan(0.9f));
    }

    @Test
    void shouldNotNameAnAccountThatIsNotPublicAsResembled() {
        String handle = PublicAccounts.uniqueHandle("moh_hidden_");
        followedAccount(handle, AccountStatus.PROPOSED);

        verifyHandle(handle.replace("_", "."))
                .statusCode(200)
                .body("official", equalTo(false))
                .body("resembles.handle", not(hasItem(handle)));
    }

    @Test
    void shouldCarryAnEtagAndAnswer304WhenUnchanged() {
        String handle = PublicAccounts.uniqueHandle("moh_etag_");
        followedAccount(handle, AccountStatus.ACTIVE);

        String etag = verifyHandle(handle)
                .statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("ETag", notNullValue())
                .extract().header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");

        given().queryParams(Map.of("platform", "FACEBOOK", "handle", handle)).header("If-None-Match", etag)
                .get(VERIFY).then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo("public, max-age=60"))
                .body(emptyString());
        given().queryParams(Map.of("platform", "FACEBOOK", "handle", handle)).header("If-None-Match", "W/" + etag)
                .get(VERIFY).then().statusCode(304);
        given().queryParams(Map.of("platform", "FACEBOOK", "handle", handle)).header("If-None-Match", "\"other\"")
                .get(VERIFY).then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void shouldFollowAStatusChangeEventAndNotARowChangeAlone() {
        awaitListening();
        String handle = PublicAccounts.uniqueHandle("moh_fresh_");
        UUID id = account(handle, AccountStatus.ACTIVE);
        Awaitility.await().atMost(EVENT_DELIVERY).untilAsserted(() ->
                verifyHandle(handle).statusCode(200).body("status", equalTo("ACTIVE")));
        String activeEtag = verifyHandle(handle).extract().header("ETag");

        // The answer is served from memory: a row changed behind the service's back does not show...
        PublicAccounts.moveSilently(id, AccountStatus.COMPROMISED);
        verifyHandle(handle).statusCode(200).body("status", equalTo("ACTIVE"));

        // ...the account's own event does.
        PublicAccounts.move(id, AccountStatus.COMPROMISED);
        Awaitility.await().atMost(EVENT_DELIVERY).untilAsserted(() ->
                verifyHandle(handle).statusCode(200)
                        .body("status", equalTo("COMPROMISED"))
                        .body("warning.en", notNullValue())
                        .header("ETag", not(equalTo(activeEtag))));

        PublicAccounts.move(id, AccountStatus.ARCHIVED);
        Awaitility.await().atMost(EVENT_DELIVERY).untilAsserted(() ->
                verifyHandle(handle).statusCode(200).body("official", equalTo(false)));
    }

    /**
     * Races a compromise against a burst of lookups, several times: lookups in flight while the account changes
     * (and while it changed just before) must not leave an ACTIVE answer behind. One second after the first
     * COMPROMISED answer (the event has been applied), every answer says COMPROMISED.
     */
    @Test
    void shouldNeverAnswerActiveASecondAfterTheCompromiseWhateverLookupsRaceIt() throws Exception {
        awaitListening();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int round = 0; round < RACE_ROUNDS; round++) {
            String handle = PublicAccounts.uniqueHandle("moh_race_");
            UUID id = account(handle, AccountStatus.ACTIVE);
            URI uri = URI.create(base + "public/v1/verify?platform=FACEBOOK&handle=" + handle);
            Queue<Answer> answers = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService burst = Executors.newFixedThreadPool(RACE_CLIENTS);
            try {
                for (int i = 0; i < RACE_CLIENTS; i++) {
                    burst.submit(() -> {
                        while (!stop.get()) {
                            long asked = System.nanoTime();
                            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).GET().build(),
                                    HttpResponse.BodyHandlers.ofString());
                            answers.add(new Answer(asked, response.statusCode(), response.body()));
                        }
                        return null;
                    });
                }
                Awaitility.await().atMost(EVENT_DELIVERY).until(() ->
                        answers.stream().anyMatch(answer -> answer.says("ACTIVE")));
                // Changes that keep it ACTIVE drop what is held while lookups are in flight, then the compromise.
                PublicAccounts.move(id, AccountStatus.ACTIVE);
                PublicAccounts.move(id, AccountStatus.ACTIVE);
                PublicAccounts.move(id, AccountStatus.COMPROMISED);
                Awaitility.await().atMost(EVENT_DELIVERY).until(() ->
                        answers.stream().anyMatch(answer -> answer.says("COMPROMISED")));
                long seen = answers.stream().filter(answer -> answer.says("COMPROMISED"))
                        .mapToLong(Answer::askedAt).min().orElseThrow();
                long settled = seen + Duration.ofSeconds(1).toNanos();
                long until = settled + Duration.ofSeconds(1).toNanos();
                Awaitility.await().atMost(EVENT_DELIVERY).until(() ->
                        answers.stream().anyMatch(answer -> answer.askedAt() > until));
                stop.set(true);
                List<Answer> late = answers.stream().filter(answer -> answer.askedAt() > settled).toList();
                assertThat(late).as("round %d: answers asked a second after the first COMPROMISED", round)
                        .isNotEmpty()
                        .allSatisfy(answer -> {
                            assertThat(answer.status()).isEqualTo(200);
                            assertThat(answer.body()).contains("\"status\":\"COMPROMISED\"");
                        });
            } finally {
                stop.set(true);
                burst.shutdown();
                assertThat(burst.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    @Test
    void shouldNeverLetAnOlderReadingOfAnAccountReplaceANewerOne() {
        String handle = PublicAccounts.uniqueHandle("moh_order_");
        UUID id = account(handle, AccountStatus.ACTIVE);
        Awaitility.await().atMost(EVENT_DELIVERY).untilAsserted(() ->
                verifyHandle(handle).statusCode(200).body("status", equalTo("ACTIVE")));
        PublicListing readBeforeTheChange = reader.account(id).orElseThrow();

        PublicAccounts.move(id, AccountStatus.COMPROMISED);
        register.keep(reader.account(id).orElseThrow());
        // A reading taken before the change that arrives after it, as a slow load of the whole register would.
        assertThat(register.keep(readBeforeTheChange)).isFalse();

        verifyHandle(handle).statusCode(200).body("status", equalTo("COMPROMISED"));
        assertThat(register.listing(id).orElseThrow().status()).isEqualTo(AccountStatus.COMPROMISED);
    }

    private record Answer(long askedAt, int status, String body) {

        boolean says(String accountStatus) {
            return status == 200 && body.contains("\"status\":\"" + accountStatus + "\"");
        }
    }

    @Test
    void shouldListAnEntitysPublicAccountsAndFollowItsEvents() {
        awaitListening();
        String active = PublicAccounts.uniqueHandle("moh_list_a_");
        String compromised = PublicAccounts.uniqueHandle("moh_list_c_");
        String proposed = PublicAccounts.uniqueHandle("moh_list_p_");
        UUID activeId = account(active, AccountStatus.ACTIVE);
        account(compromised, AccountStatus.COMPROMISED);
        account(proposed, AccountStatus.PROPOSED);

        Awaitility.await().atMost(EVENT_DELIVERY).untilAsserted(() ->
                given().get("/public/v1/entities/moh/accounts").then()
                        .statusCode(200)
                        .header("ETag", notNullValue())
                        .header("Cache-Control", equalTo("public, max-age=60"))
                        .body("entity.code", equalTo("moh"))
                        .body("accounts.handle", hasItem(active))
                        .body("accounts.handle", hasItem(compromised))
                        .body("accounts.handle", not(hasItem(proposed)))
                        .body("accounts.find { it.handle == '" + compromised + "' }.warning.ar", notNullValue())
                        .body("accounts.find { it.handle == '" + active + "' }.status", equalTo("ACTIVE")));

        PublicAccounts.move(activeId, AccountStatus.SUSPENDED);
        Awaitility.await().atMost(EVENT_DELIVERY).untilAsserted(() ->
                given().get("/public/v1/entities/moh/accounts").then()
                        .statusCode(200)
                        .body("accounts.handle", not(hasItem(active))));
    }

    @Test
    void shouldAnswer404ForAnUnknownEntity() {
        given().get("/public/v1/entities/no-such-entity/accounts").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRejectAQuestionItCannotRead() {
        given().get(VERIFY).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("handle"));
        verify(Map.of("url", "https://moh.gov.iq/about")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("url"));
        verify(Map.of("url", "https://x.com/moh", "platform", "X", "handle", "moh")).statusCode(400)
                .body("violations.field", hasItem("url"));
        verify(Map.of("platform", "MYSPACE", "handle", "moh")).statusCode(400)
                .body("violations.field", hasItem("platform"));
        verify(Map.of("handle", "moh")).statusCode(400).body("violations.field", hasItem("platform"));
        verify(Map.of("platform", "X", "handle", "@")).statusCode(400).body("violations.field", hasItem("handle"));
    }

    @Test
    void shouldAnswerInArabicFirstAndInEnglishOnRequest() {
        given().get(VERIFY).then().statusCode(400).header("Content-Language", "ar");
        given().header("Accept-Language", "en").get(VERIFY).then().statusCode(400).header("Content-Language", "en")
                .body("detail", containsString("platform and handle"));
    }

    @Test
    void shouldIgnoreAnyTokenSent() {
        String handle = PublicAccounts.uniqueHandle("moh_token_");
        followedAccount(handle, AccountStatus.ACTIVE);

        given().auth().oauth2("not-a-token").queryParams(Map.of("platform", "FACEBOOK", "handle", handle))
                .get(VERIFY).then().statusCode(200).body("official", equalTo(true));
    }

    @Test
    void shouldDocumentThePublicLookup() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/public/v1/verify'.get.summary", notNullValue())
                .body("paths.'/public/v1/entities/{code}/accounts'.get.summary", notNullValue())
                // Open to everyone: an empty security list overrides the document's default bearer token.
                .body("paths.'/public/v1/verify'.get.security", empty())
                .body("paths.'/public/v1/entities/{code}/accounts'.get.security", empty());
    }

    private void awaitListening() {
        Awaitility.await().atMost(EVENT_DELIVERY).until(refresher::listening);
    }
}
