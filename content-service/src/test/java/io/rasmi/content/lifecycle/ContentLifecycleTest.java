package io.rasmi.content.lifecycle;

import static io.rasmi.content.Callers.as;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.content.Accounts;
import io.rasmi.content.ContentFixtures;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestConsumer;

@QuarkusTest
class ContentLifecycleTest {

    private UUID account;

    @BeforeEach
    void anActiveAccount() {
        account = Accounts.active("moh");
    }

    static ConsumerRecord<String, String> event(String contentId, String type) {
        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.CONTENT_EVENTS,
                Duration.ofSeconds(60), r -> contentId.equals(r.key()) && type.equals(EventCodec.read(r.value()).type()));
        EventContract.assertValid(record.key(), record.value());
        return record;
    }

    @Test
    void shouldTakeAnItemFromDraftToScheduledAndEmitValidEvents() {
        String id = ContentFixtures.create("moh", ContentFixtures.draft(account));
        ContentFixtures.submit("moh", id).statusCode(200).body("state", equalTo("SUBMITTED"));
        ContentFixtures.approve("moh", id, "moh-approver").statusCode(201);
        as("moh", "publisher").header("If-Match", "\"2\"").post("/api/v1/content/" + id + "/schedule")
                .then().statusCode(200).body("state", equalTo("SCHEDULED")).header("ETag", "\"3\"");

        var submitted = EventCodec.read(event(id, "io.rasmi.content.submitted.v1").value());
        org.assertj.core.api.Assertions.assertThat(submitted.data().get("targetAccountIds").get(0).asText())
                .isEqualTo(account.toString());
        event(id, "io.rasmi.content.approved.v1");
        event(id, "io.rasmi.content.scheduled.v1");
    }

    @Test
    void shouldRefuseAStepTheStateDoesNotAllow() {
        String id = ContentFixtures.create("moh", ContentFixtures.draft(account));

        as("moh", "publisher").post("/api/v1/content/" + id + "/schedule").then().statusCode(409)
                .contentType("application/problem+json");
        ContentFixtures.submit("moh", id).statusCode(200);
        ContentFixtures.submit("moh", id).statusCode(409);
    }

    @Test
    void shouldScheduleOnlyAnItemPlannedAhead() {
        Map<String, Object> body = ContentFixtures.draft(account);
        body.remove("plannedAt");
        String unplanned = ContentFixtures.create("moh", body);
        ContentFixtures.submit("moh", unplanned).statusCode(200);
        ContentFixtures.approve("moh", unplanned, "moh-approver").statusCode(201);
        as("moh", "publisher").post("/api/v1/content/" + unplanned + "/schedule").then().statusCode(422);

        body.put("plannedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        String past = ContentFixtures.create("moh", body);
        ContentFixtures.submit("moh", past).statusCode(200);
        ContentFixtures.approve("moh", past, "moh-approver").statusCode(201);
        as("moh", "publisher").post("/api/v1/content/" + past + "/schedule").then().statusCode(422);
        as("moh", "publisher").get("/api/v1/content/" + past).then().body("state", equalTo("APPROVED"));
    }

    @Test
    void shouldNotSubmitForAnAccountThatIsNoLongerActive() {
        String id = ContentFixtures.create("moh", ContentFixtures.draft(account));
        Accounts.changeStatus(account, "moh", AccountStatus.ACTIVE, AccountStatus.SUSPENDED);

        ContentFixtures.submit("moh", id).statusCode(409).body("clause", equalTo("G5.1"));
        as("moh", "publisher").get("/api/v1/content/" + id).then().body("state", equalTo("DRAFT"));
    }

    @Test
    void shouldWithdrawWithAReasonAndNeverAgain() {
        String id = ContentFixtures.scheduled("moh", account);

        as("moh", "publisher").body(Map.of()).post("/api/v1/content/" + id + "/withdrawal").then().statusCode(400);
        as("moh", "publisher").body(Map.of("reason", "أُجّلت الفعالية")).post("/api/v1/content/" + id + "/withdrawal")
                .then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        as("moh", "publisher").body(Map.of("reason", "مرة أخرى")).post("/api/v1/content/" + id + "/withdrawal")
                .then().statusCode(409);
        as("moh", "publisher").header("If-Match", "*").contentType("application/merge-patch+json")
                .body(Map.of("title", "x")).patch("/api/v1/content/" + id).then().statusCode(409);

        var withdrawn = EventCodec.read(event(id, "io.rasmi.content.withdrawn.v1").value());
        org.assertj.core.api.Assertions.assertThat(withdrawn.data().get("withdrawnFrom").asText())
                .isEqualTo("SCHEDULED");
    }
}
