package io.rasmi.kpi.posts;

import static io.rasmi.kpi.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.ContentPublished;
import io.rasmi.events.EventType;
import io.rasmi.events.Platform;
import io.rasmi.kpi.ContentEvents;
import io.rasmi.kpi.Fixtures;
import io.restassured.specification.RequestSpecification;

/** Posts counted from content-service's published events, beside the platform's POSTS figure. */
@QuarkusTest
class RecordedPostsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ContentEvents events;

    private UUID account;
    private final UUID content = UUID.randomUUID();

    @BeforeEach
    void createAccount() {
        account = fixtures.account("moh", Platform.FACEBOOK);
    }

    private CloudEvent published(UUID publicationId, String at) {
        Instant when = Instant.parse(at);
        return CloudEvent.of(EventType.CONTENT_PUBLISHED, content.toString(), "moh",
                new ContentPublished(content, "moh", publicationId, account, Platform.FACEBOOK,
                        "https://www.facebook.com/moh/posts/" + publicationId, when, when.plusSeconds(5)),
                when.plusSeconds(5));
    }

    /** Sends the events in order (one key, so one partition) and waits for the last. */
    private void send(CloudEvent... published) {
        Arrays.stream(published).forEach(events::send);
        events.awaitHandled(PublishedContentConsumer.CONSUMER, published[published.length - 1].id());
    }

    private RequestSpecification query(String from, String to, String granularity) {
        return as("moh", "management").queryParam("accountId", account.toString()).queryParam("from", from)
                .queryParam("to", to).queryParam("granularity", granularity);
    }

    @Test
    void shouldCountEachPublicationOnceEvenWhenItsEventComesAgain() {
        UUID first = UUID.randomUUID();
        CloudEvent firstEvent = published(first, "2026-10-05T09:00:00Z");
        // 5 Oct: two publications, the first delivered twice and announced again under a new event id;
        // 6 Oct: one (published at 21:30 UTC on the 5th, 00:30 on the 6th in Baghdad).
        send(firstEvent, firstEvent, published(first, "2026-10-05T09:00:00Z"),
                published(UUID.randomUUID(), "2026-10-05T12:00:00Z"),
                published(UUID.randomUUID(), "2026-10-05T21:30:00Z"));

        assertThat(events.count("select count(*) from recorded_post where account_id = ?", account)).isEqualTo(3);
        query("2026-10-01", "2026-10-31", "day").get("/api/v1/kpi/posts")
                .then().statusCode(200)
                .body("points.start", equalTo(List.of("2026-10-05", "2026-10-06")))
                .body("points.recorded", equalTo(List.of(2, 1)))
                .body("recorded", equalTo(3));
    }

    @Test
    void shouldShowThePlatformsFigureBesideRasmisCount() {
        send(published(UUID.randomUUID(), "2026-10-05T09:00:00Z"), published(UUID.randomUUID(), "2026-10-05T10:00:00Z"),
                published(UUID.randomUUID(), "2026-10-13T10:00:00Z"));
        String a = account.toString();
        // The platform counts 3 posts on 5 Oct (one made outside Rasmi) and 4 on 20 Oct; nothing for 13 Oct.
        as("moh", "publisher").contentType("text/csv")
                .body("accountId,date,metric,value\n" + a + ",2026-10-05,POSTS,3\n" + a + ",2026-10-20,POSTS,4\n")
                .post("/api/v1/kpi/observations").then().statusCode(200);

        query("2026-10-01", "2026-10-31", "day").get("/api/v1/kpi/posts")
                .then().statusCode(200)
                .body("points.start", equalTo(List.of("2026-10-05", "2026-10-13", "2026-10-20")))
                .body("points.reported", equalTo(Arrays.asList(3, null, 4)))
                .body("points.recorded", equalTo(List.of(2, 1, 0)))
                .body("reported", equalTo(7))
                .body("recorded", equalTo(3));
        // Weeks of Monday 5, 12 and 19 October; one month.
        query("2026-10-01", "2026-10-31", "week").get("/api/v1/kpi/posts")
                .then().statusCode(200)
                .body("points.start", equalTo(List.of("2026-10-05", "2026-10-12", "2026-10-19")))
                .body("points.reported", equalTo(Arrays.asList(3, null, 4)))
                .body("points.recorded", equalTo(List.of(2, 1, 0)));
        String csv = query("2026-10-01", "2026-10-31", "month").accept("text/csv").get("/api/v1/kpi/posts")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.lines()).containsExactly("start,reported,recorded", "2026-10-01,7,3");
    }

    @Test
    void shouldNotFindAnotherEntitysAccount() {
        as("mohe", "management").queryParam("accountId", account.toString()).queryParam("from", "2026-10-01")
                .queryParam("to", "2026-10-31").get("/api/v1/kpi/posts")
                .then().statusCode(404);
    }

    @Test
    void shouldRefuseABadGranularityWithAProblem() {
        query("2026-10-01", "2026-10-31", "quarter").get("/api/v1/kpi/posts")
                .then().statusCode(400).body("violations[0].field", equalTo("granularity"));
    }
}
