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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.account.verification.PublicAnswers.Prepared;
import io.rasmi.events.AccountStatus;
import io.rasmi.platform.web.AccountAddress;
import io.rasmi.events.AccountStatusChanged;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventType;
import io.rasmi.events.Platform;
import io.smallrye.common.annotation.Identifier;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class PublicLookupTest {

    private static final String VERIFY = "/public/v1/verify";
    private static final Duration EVENT_DELIVERY = Duration.ofSeconds(30);
    private static final int RACE_CLIENTS = 16;
    private static final int RACE_REQUESTS = 20;

    @TestHTTPResource("/")
    URL base;

    @Inject
    PublicRegister register;

    @Inject
    RegisterReader reader;

    @Inject
    @Identifier(PublicAnswerRefresher.Rebalance.NAME)
    PublicAnswerRefresher.Rebalance refresher;

    @Inject
    PublicAnswerRefresher answerRefresher;

    @Inject
    PublicLookup lookup;

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
        // Set up with no event on the topic (the test applies the activation itself): an event of the set-up still
        // on its way could otherwise arrive after the silent change below and read it, whatever the relay's speed.
        UUID id = PublicAccounts.insertSilently("moh", "moh.gov.iq", "FACEBOOK", handle, AccountStatus.ACTIVE);
        applyStatusChange(id, AccountStatus.PROPOSED, AccountStatus.ACTIVE);
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
     * Defect 7's race, made certain rather than left to timing: a lookup reads the account while it is ACTIVE and,
     * before it keeps its answer, the compromise is committed and its event applied (the seam holds the lookup in
     * that window, which is otherwise microseconds wide, and which on the code before the fix lay between its
     * "nothing changed since I read" check and its cache put). Another lookup answers COMPROMISED meanwhile. The held
     * lookup then offers what it built: the newer answer must stay, and every lookup from a burst of clients must
     * answer COMPROMISED: an answer read before an event must never outlive it.
     */
    @Test
    void shouldNeverAnswerActiveAfterTheCompromiseEvenWhenALookupThatReadItBeforeKeepsItsAnswerAfterTheEvent()
            throws Exception {
        String handle = PublicAccounts.uniqueHandle("moh_race_");
        // No event about this account comes from the topic: the test applies each itself, so none arrives late and
        // drops what a lookup kept (which, on the code before the fix, hid the defect).
        UUID id = PublicAccounts.insertSilently("moh", "moh.gov.iq", "FACEBOOK", handle, AccountStatus.ACTIVE);
        applyStatusChange(id, AccountStatus.PROPOSED, AccountStatus.ACTIVE);
        AccountAddress address = AccountAddress.of(Platform.FACEBOOK, handle);
        AtomicBoolean armed = new AtomicBoolean(true);
        CountDownLatch builtFromActive = new CountDownLatch(1);
        CountDownLatch eventApplied = new CountDownLatch(1);
        lookup.beforeKeeping((asked, answer) -> {
            if (asked.equals(address) && says(answer.body(), "ACTIVE") && armed.compareAndSet(true, false)) {
                builtFromActive.countDown();
                awaitQuietly(eventApplied);
            }
        });
        ExecutorService clients = Executors.newFixedThreadPool(RACE_CLIENTS + 1);
        try {
            // The lookup that loses the race: it asks until its answer is built from the ACTIVE account, then waits.
            Future<?> slowLookup = clients.submit(() -> Awaitility.await().atMost(EVENT_DELIVERY).pollInSameThread()
                    .until(() -> {
                        lookup.verdict(address);
                        return builtFromActive.getCount() == 0;
                    }));
            assertThat(builtFromActive.await(EVENT_DELIVERY.toSeconds(), TimeUnit.SECONDS)).isTrue();

            // The compromise, and its event applied, while that lookup holds an answer built before them.
            PublicAccounts.moveSilently(id, AccountStatus.COMPROMISED);
            applyStatusChange(id, AccountStatus.ACTIVE, AccountStatus.COMPROMISED);
            Prepared afterTheEvent = lookup.verdict(address);
            assertThat(says(afterTheEvent.body(), "COMPROMISED")).isTrue();
            eventApplied.countDown();
            slowLookup.get(EVENT_DELIVERY.toSeconds(), TimeUnit.SECONDS);
            // The answer built before the event did not replace the one built after it.
            Prepared held = lookup.verdict(address);
            assertThat(new String(held.body(), StandardCharsets.UTF_8)).contains("\"status\":\"COMPROMISED\"");
            assertThat(held).isSameAs(afterTheEvent);

            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create(base + "public/v1/verify?platform=FACEBOOK&handle=" + handle);
            List<Future<List<String>>> burst = new ArrayList<>();
            for (int i = 0; i < RACE_CLIENTS; i++) {
                burst.add(clients.submit(() -> {
                    List<String> bodies = new ArrayList<>();
                    for (int request = 0; request < RACE_REQUESTS; request++) {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        bodies.add(response.statusCode() + " " + response.body());
                    }
                    return bodies;
                }));
            }
            for (Future<List<String>> answers : burst) {
                assertThat(answers.get(EVENT_DELIVERY.toSeconds(), TimeUnit.SECONDS))
                        .hasSize(RACE_REQUESTS)
                        .allSatisfy(answer -> assertThat(answer).startsWith("200 ")
                                .contains("\"status\":\"COMPROMISED\""));
            }
            assertThat(says(lookup.verdict(address).body(), "COMPROMISED")).isTrue();
        } finally {
            lookup.beforeKeeping(null);
            eventApplied.countDown();
            clients.shutdownNow();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** Hands the lookup the status-changed event of an account of moh, as its consumer does. */
    private void applyStatusChange(UUID id, AccountStatus from, AccountStatus to) {
        Instant now = Instant.now();
        answerRefresher.apply(CloudEvent.of(EventType.ACCOUNT_STATUS_CHANGED, id.toString(), "moh",
                new AccountStatusChanged(id, "moh", from, to, "set by a test", now), now));
    }

    private static boolean says(byte[] body, String accountStatus) {
        return new String(body, StandardCharsets.UTF_8).contains("\"status\":\"" + accountStatus + "\"");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(EVENT_DELIVERY.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
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
