package io.rasmi.content.publishing;

import static io.rasmi.content.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.content.Accounts;
import io.rasmi.content.ContentFixtures;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestConsumer;

@QuarkusTest
class PublicationTest {

    private static String handle() {
        return "moh_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> publication(UUID account, String url) {
        return Map.of("accountId", account.toString(), "platformPostUrl", url,
                "publishedAt", Instant.now().minus(2, ChronoUnit.MINUTES).toString());
    }

    @Test
    void shouldRecordAPublicationOnEachTargetAccountAndThenBePublished() {
        String first = handle();
        String second = handle();
        UUID a = Accounts.active("moh", first);
        UUID b = Accounts.active("moh", second);
        String id = ContentFixtures.scheduled("moh", a, b);

        as("moh", "publisher").body(publication(a, "https://x.com/" + first.toUpperCase() + "/status/1790000000000000001"))
                .post("/api/v1/content/" + id + "/publications").then().statusCode(201)
                .body("platform", equalTo("X"))
                .body("contentState", equalTo("SCHEDULED"));
        as("moh", "publisher").body(publication(a, "https://x.com/" + first + "/status/1790000000000000002"))
                .post("/api/v1/content/" + id + "/publications").then().statusCode(409);
        as("moh", "entity-admin").body(publication(b, "https://twitter.com/" + second + "/status/1790000000000000003"))
                .post("/api/v1/content/" + id + "/publications").then().statusCode(201)
                .body("contentState", equalTo("PUBLISHED"));
        as("moh", "management").get("/api/v1/content/" + id + "/publications").then().statusCode(200)
                .body("size()", equalTo(2));

        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.CONTENT_EVENTS,
                Duration.ofSeconds(60), r -> id.equals(r.key())
                        && "io.rasmi.content.published.v1".equals(EventCodec.read(r.value()).type())
                        && EventCodec.read(r.value()).data().get("accountId").asText().equals(a.toString()));
        EventContract.assertValid(record.key(), record.value());
        CloudEvent event = EventCodec.read(record.value());
        assertThat(event.data().get("platform").asText()).isEqualTo("X");
        assertThat(event.data().get("publishedAt").asText()).isNotBlank();
    }

    @Test
    void shouldRefuseALinkThatIsNotOnTheAccount() {
        String mine = handle();
        UUID account = Accounts.active("moh", mine);
        String id = ContentFixtures.approved("moh", account);

        for (String url : new String[] { "https://x.com/someone_else/status/1", "http://x.com/" + mine + "/status/1",
                "https://www.facebook.com/" + mine + "/posts/1", "https://x.com.evil.example/" + mine + "/status/1",
                "https://" + mine + "@evil.example/status/1" }) {
            as("moh", "publisher").body(publication(account, url)).post("/api/v1/content/" + id + "/publications")
                    .then().statusCode(422).contentType("application/problem+json");
        }
        as("moh", "publisher").get("/api/v1/content/" + id + "/publications").then().body("size()", equalTo(0));
    }

    @Test
    void shouldPublishOnlyApprovedItemsOnTheirOwnTargetAccounts() {
        String mine = handle();
        UUID account = Accounts.active("moh", mine);
        UUID other = Accounts.active("moh");
        String draft = ContentFixtures.create("moh", ContentFixtures.draft(account));
        String approved = ContentFixtures.approved("moh", account);
        String url = "https://x.com/" + mine + "/status/1";

        as("moh", "publisher").body(publication(account, url)).post("/api/v1/content/" + draft + "/publications")
                .then().statusCode(409);
        as("moh", "publisher").body(publication(other, url)).post("/api/v1/content/" + approved + "/publications")
                .then().statusCode(422);
        as("moh", "publisher").body(publication(Accounts.active("mohe"), url))
                .post("/api/v1/content/" + approved + "/publications").then().statusCode(404);
        as("mohe", "publisher").body(publication(account, url)).post("/api/v1/content/" + approved + "/publications")
                .then().statusCode(404);
        as("moh", "publisher").body(Map.of("accountId", account.toString(), "platformPostUrl", url,
                "publishedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post("/api/v1/content/" + approved + "/publications").then().statusCode(400);

        as("moh", "publisher").body(publication(account, url)).post("/api/v1/content/" + approved + "/publications")
                .then().statusCode(201).body("contentState", equalTo("PUBLISHED"));
        as("moh", "publisher").header("If-Match", "*").contentType("application/merge-patch+json")
                .body(Map.of("title", "x")).patch("/api/v1/content/" + approved).then().statusCode(409);
    }
}
