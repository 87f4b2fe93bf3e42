package io.rasmi.account.reviews;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static io.rasmi.account.lifecycle.AccountStates.ACCOUNTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.account.lifecycle.AccountStates;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.ReviewKind;

/** Reviews (G6.h) and when they are overdue, the verified badge (G6.k), and attestations (G6.e, G5.5, G4.3.l). */
@QuarkusTest
class ReviewTest {

    @Inject
    Reviews reviews;

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static long count(Class<?> type) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (type == AccountReview.class) {
                return AccountReview.count();
            }
            if (type == AccountVerification.class) {
                return AccountVerification.count();
            }
            return AccountAttestation.count();
        });
    }

    private static Map<String, Object> review(String kind, Instant reviewedAt) {
        return Map.of("kind", kind, "reviewedAt", reviewedAt.toString(), "findings", "No unknown sessions",
                "evidenceUrl", "https://dms.moh.gov.iq/reviews/1");
    }

    @Test
    void shouldRecordAndListReviews() {
        String id = AccountStates.proposed("moh");
        Instant at = Instant.parse("2026-01-05T09:30:00Z");
        String reviewId = as("moh", "it-security").body(review("SETTINGS", at)).post(ACCOUNTS + "/" + id + "/reviews")
                .then().statusCode(201)
                .body("kind", equalTo("SETTINGS"))
                .body("reviewedAt", equalTo("2026-01-05T09:30:00Z"))
                .body("recordedBy", equalTo("moh-it-security"))
                .extract().path("id");
        entityAdmin("moh").body(review("ACCESS_HISTORY", at.plus(1, ChronoUnit.DAYS)))
                .post(ACCOUNTS + "/" + id + "/reviews").then().statusCode(201);

        as("moh", "management").get(ACCOUNTS + "/" + id + "/reviews")
                .then().statusCode(200).body("total", equalTo(2)).body("items[0].kind", equalTo("ACCESS_HISTORY"));
        as("moh", "it-security").get(ACCOUNTS + "/" + id + "/reviews?kind=SETTINGS")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(reviewId));
        as("moh", "it-security").get(ACCOUNTS + "/" + id + "/reviews/" + reviewId)
                .then().statusCode(200).body("findings", equalTo("No unknown sessions"));
        as("moh", "it-security").get(ACCOUNTS + "/" + AccountStates.proposed("moh") + "/reviews/" + reviewId)
                .then().statusCode(404);
    }

    @Test
    void shouldRefuseBadReviewsAndStoreNothing() {
        String id = AccountStates.proposed("moh");
        long before = count(AccountReview.class);
        as("moh", "it-security").body(review("SETTINGS", Instant.now().plus(1, ChronoUnit.HOURS)))
                .post(ACCOUNTS + "/" + id + "/reviews")
                .then().statusCode(400).body("violations.field", hasItem("reviewedAt"));
        as("moh", "it-security").body(Map.of("kind", "PASSWORDS", "reviewedAt", Instant.now().toString(),
                "findings", "x")).post(ACCOUNTS + "/" + id + "/reviews")
                .then().statusCode(400).body("violations.field", hasItem("kind"));
        as("moh", "it-security").body(Map.of("kind", "SETTINGS", "reviewedAt", Instant.now().toString(),
                "findings", " ", "evidenceUrl", "http://x")).post(ACCOUNTS + "/" + id + "/reviews")
                .then().statusCode(400)
                .body("violations.field", hasItem("findings"))
                .body("violations.field", hasItem("evidenceUrl"));
        assertThat(count(AccountReview.class)).isEqualTo(before);
    }

    @Test
    void shouldKeepReviewsWithinTheEntityAndItsRoles() {
        String id = AccountStates.proposed("moh");
        long before = count(AccountReview.class);
        as("mohe", "it-security").body(review("SETTINGS", Instant.now())).post(ACCOUNTS + "/" + id + "/reviews")
                .then().statusCode(404);
        as("mohe", "it-security").get(ACCOUNTS + "/" + id + "/reviews").then().statusCode(404);
        for (String role : List.of("publisher", "approver", "moderator", "management")) {
            as("moh", role).body(review("SETTINGS", Instant.now())).post(ACCOUNTS + "/" + id + "/reviews")
                    .then().statusCode(403);
        }
        as("moh", "publisher").get(ACCOUNTS + "/" + id + "/reviews").then().statusCode(403);
        assertThat(count(AccountReview.class)).isEqualTo(before);
    }

    @Test
    void shouldTellWhenAReviewIsOverdue() {
        String id = AccountStates.in("moh", AccountStatus.ACTIVE);
        UUID account = UUID.fromString(id);
        Instant activated = QuarkusTransaction.requiringNew()
                .call(() -> OfficialAccount.<OfficialAccount>findById(account).firstActivatedAt);
        Duration cadence = Duration.ofDays(30);

        // never reviewed: due a cadence after the first activation
        assertThat(reviews.isOverdue(account, ReviewKind.SETTINGS, activated.plus(cadence))).isFalse();
        assertThat(reviews.isOverdue(account, ReviewKind.SETTINGS, activated.plus(cadence).plusSeconds(1))).isTrue();

        Instant reviewedAt = activated.plus(10, ChronoUnit.MINUTES);
        as("moh", "it-security").body(review("SETTINGS", reviewedAt)).post(ACCOUNTS + "/" + id + "/reviews")
                .then().statusCode(201);
        ReviewDue due = reviews.due(account, ReviewKind.SETTINGS, reviewedAt.plus(Duration.ofDays(29)));
        assertThat(due.lastReviewedAt()).isEqualTo(reviewedAt);
        assertThat(due.dueAt()).isEqualTo(reviewedAt.plus(cadence));
        assertThat(due.overdue()).isFalse();
        assertThat(reviews.isOverdue(account, ReviewKind.SETTINGS, reviewedAt.plus(Duration.ofDays(31)))).isTrue();
        // each kind on its own
        assertThat(reviews.isOverdue(account, ReviewKind.ROLE_HOLDERS, reviewedAt.plus(Duration.ofDays(31)))).isTrue();
        // asked about a moment before the review, the review does not count yet
        assertThat(reviews.due(account, ReviewKind.SETTINGS, reviewedAt.minusSeconds(1)).lastReviewedAt()).isNull();

        // never active, or archived: nothing to review
        UUID proposed = UUID.fromString(AccountStates.proposed("moh"));
        assertThat(reviews.due(proposed, ReviewKind.SETTINGS, Instant.now().plus(Duration.ofDays(400))).dueAt())
                .isNull();
        AccountStates.force(id, AccountStatus.ARCHIVED);
        assertThat(reviews.isOverdue(account, ReviewKind.SETTINGS, reviewedAt.plus(Duration.ofDays(400)))).isFalse();
    }

    @Test
    void shouldRecordTheVerifiedBadge() {
        String id = AccountStates.proposed("moh");
        as("moh", "it-security").get(ACCOUNTS + "/" + id + "/verification")
                .then().statusCode(200).body("verified", equalTo(false)).body("recordedAt", nullValue());

        entityAdmin("moh").body(Map.of("verified", true, "verifiedAt", "2026-01-20T00:00:00Z",
                "evidenceUrl", "https://dms.moh.gov.iq/verification/fb.pdf"))
                .put(ACCOUNTS + "/" + id + "/verification")
                .then().statusCode(200).header("ETag", "\"0\"").body("verified", equalTo(true));
        entityAdmin("moh").header("If-Match", "\"0\"").body(Map.of("verified", false))
                .put(ACCOUNTS + "/" + id + "/verification")
                .then().statusCode(200).header("ETag", "\"1\"").body("verifiedAt", nullValue());
        entityAdmin("moh").header("If-Match", "\"0\"").body(Map.of("verified", true, "verifiedAt",
                "2026-01-21T00:00:00Z", "evidenceUrl", "https://dms.moh.gov.iq/v.pdf"))
                .put(ACCOUNTS + "/" + id + "/verification")
                .then().statusCode(412);
        as("moh", "management").get(ACCOUNTS + "/" + id + "/verification")
                .then().statusCode(200).header("ETag", "\"1\"").body("verified", equalTo(false))
                .body("recordedBy", equalTo("moh-entity-admin"));
    }

    @Test
    void shouldRefuseAnIncompleteVerificationAndStoreNothing() {
        String id = AccountStates.proposed("moh");
        long before = count(AccountVerification.class);
        entityAdmin("moh").body(Map.of("verified", true, "evidenceUrl", "https://dms.moh.gov.iq/v.pdf"))
                .put(ACCOUNTS + "/" + id + "/verification")
                .then().statusCode(400).body("violations.field", hasItem("verifiedAt"));
        entityAdmin("moh").body(Map.of("verified", true, "verifiedAt", "2026-01-20T00:00:00Z"))
                .put(ACCOUNTS + "/" + id + "/verification")
                .then().statusCode(400).body("violations.field", hasItem("evidenceUrl"));
        entityAdmin("moh").body(Map.of("verified", true, "verifiedAt", Instant.now().plus(2, ChronoUnit.DAYS)
                .toString(), "evidenceUrl", "https://dms.moh.gov.iq/v.pdf"))
                .put(ACCOUNTS + "/" + id + "/verification")
                .then().statusCode(400).body("violations.field", hasItem("verifiedAt"));
        entityAdmin("moh").body(Map.of()).put(ACCOUNTS + "/" + id + "/verification")
                .then().statusCode(400).body("violations.field", hasItem("verified"));
        entityAdmin("moh").header("If-Match", "\"0\"").body(Map.of("verified", false))
                .put(ACCOUNTS + "/" + id + "/verification")
                .then().statusCode(412);
        entityAdmin("mohe").body(Map.of("verified", false)).put(ACCOUNTS + "/" + id + "/verification")
                .then().statusCode(404);
        entityAdmin("mohe").get(ACCOUNTS + "/" + id + "/verification").then().statusCode(404);
        for (String role : List.of("publisher", "it-security", "management")) {
            as("moh", role).body(Map.of("verified", false)).put(ACCOUNTS + "/" + id + "/verification")
                    .then().statusCode(403);
        }
        assertThat(count(AccountVerification.class)).isEqualTo(before);
    }

    @Test
    void shouldRecordAttestationsOfTheClausesAPersonAttests() {
        String id = AccountStates.proposed("moh");
        for (String clause : List.of("G6.e", "G5.5", "G4.3.l")) {
            entityAdmin("moh").body(Map.of("clause", clause, "evidenceUrl", "https://dms.moh.gov.iq/a/" + clause,
                    "note", "Approved by the head of the unit")).post(ACCOUNTS + "/" + id + "/attestations")
                    .then().statusCode(201)
                    .body("clause", equalTo(clause))
                    .body("attestedBy", equalTo("moh-entity-admin"));
        }
        as("moh", "management").get(ACCOUNTS + "/" + id + "/attestations")
                .then().statusCode(200).body("total", equalTo(3));
        as("moh", "management").get(ACCOUNTS + "/" + id + "/attestations?clause=G6.e")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].evidenceUrl", equalTo("https://dms.moh.gov.iq/a/G6.e"));
    }

    @Test
    void shouldRefuseAttestationsOfOtherClausesAndStoreNothing() {
        String id = AccountStates.proposed("moh");
        long before = count(AccountAttestation.class);
        for (String clause : List.of("G6.a", "G6.f", "G9.9")) {
            entityAdmin("moh").body(Map.of("clause", clause, "evidenceUrl", "https://dms.moh.gov.iq/a"))
                    .post(ACCOUNTS + "/" + id + "/attestations")
                    .then().statusCode(422).contentType("application/problem+json");
        }
        entityAdmin("moh").body(Map.of("clause", "G6.e")).post(ACCOUNTS + "/" + id + "/attestations")
                .then().statusCode(400).body("violations.field", hasItem("evidenceUrl"));
        entityAdmin("mohe").body(Map.of("clause", "G6.e", "evidenceUrl", "https://dms.moh.gov.iq/a"))
                .post(ACCOUNTS + "/" + id + "/attestations").then().statusCode(404);
        entityAdmin("mohe").get(ACCOUNTS + "/" + id + "/attestations").then().statusCode(404);
        for (String role : List.of("publisher", "it-security", "management")) {
            as("moh", role).body(Map.of("clause", "G6.e", "evidenceUrl", "https://dms.moh.gov.iq/a"))
                    .post(ACCOUNTS + "/" + id + "/attestations").then().statusCode(403);
        }
        assertThat(count(AccountAttestation.class)).isEqualTo(before);
    }
}
