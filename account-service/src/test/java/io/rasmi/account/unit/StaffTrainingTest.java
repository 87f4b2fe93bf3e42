package io.rasmi.account.unit;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;

@QuarkusTest
class StaffTrainingTest {

    @Inject
    TrainingService trainings;

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static String trainingsOf(String staffId) {
        return "/api/v1/staff/" + staffId + "/trainings";
    }

    private static Map<String, Object> training(String topic, Instant completedAt) {
        return Map.of("topic", topic, "completedAt", completedAt.toString(),
                "evidenceUrl", "https://dms.moh.gov.iq/training/" + topic.toLowerCase() + ".pdf");
    }

    @Test
    void shouldRecordAndListTrainings() {
        String staff = StaffFixtures.addStaff("moh", "MODERATOR");
        Instant completed = Instant.parse("2026-09-14T09:00:00Z");
        entityAdmin("moh").body(training("HATE_SPEECH", completed)).post(trainingsOf(staff))
                .then().statusCode(201)
                .body("staffId", equalTo(staff))
                .body("topic", equalTo("HATE_SPEECH"))
                .body("completedAt", equalTo("2026-09-14T09:00:00Z"))
                .body("recordedBy", equalTo("moh-entity-admin"));
        entityAdmin("moh").body(Map.of("topic", "SECURITY_AWARENESS", "completedAt", "2026-10-01T09:00:00Z"))
                .post(trainingsOf(staff))
                .then().statusCode(201);

        as("moh", "management").get(trainingsOf(staff)).then().statusCode(200)
                .body("items", hasSize(2))
                .body("total", equalTo(2))
                .body("items[0].topic", equalTo("SECURITY_AWARENESS"))
                .body("items.topic", hasItem("HATE_SPEECH"));
    }

    @Test
    void shouldRefuseATrainingInTheFutureOrTwice() {
        String staff = StaffFixtures.addStaff("moh");
        long before = StaffFixtures.trainingCount();
        entityAdmin("moh").body(training("BIAS", Instant.now().plus(2, ChronoUnit.DAYS))).post(trainingsOf(staff))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("completedAt"));
        entityAdmin("moh").body(Map.of("topic", "BIAS", "completedAt", "2026-01-01T00:00:00Z",
                "evidenceUrl", "ftp://files/x")).post(trainingsOf(staff))
                .then().statusCode(400)
                .body("violations.field", hasItem("evidenceUrl"));
        entityAdmin("moh").body(Map.of("topic", "RHETORIC", "completedAt", "2026-01-01T00:00:00Z"))
                .post(trainingsOf(staff))
                .then().statusCode(400)
                .body("violations.field", hasItem("topic"));
        assertThat(StaffFixtures.trainingCount()).isEqualTo(before);

        Instant completed = Instant.parse("2026-05-05T10:00:00Z");
        entityAdmin("moh").body(training("BIAS", completed)).post(trainingsOf(staff)).then().statusCode(201);
        entityAdmin("moh").body(training("BIAS", completed)).post(trainingsOf(staff))
                .then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(StaffFixtures.trainingCount()).isEqualTo(before + 1);
    }

    @Test
    void shouldAnswer404ForAnotherEntitysMembersTrainings() {
        String staff = StaffFixtures.addStaff("moh");
        long before = StaffFixtures.trainingCount();
        entityAdmin("mohe").body(training("BIAS", Instant.parse("2026-05-05T10:00:00Z"))).post(trainingsOf(staff))
                .then().statusCode(404)
                .contentType("application/problem+json");
        entityAdmin("mohe").get(trainingsOf(staff)).then().statusCode(404);
        entityAdmin("moh").get(trainingsOf(UUID.randomUUID().toString())).then().statusCode(404);
        assertThat(StaffFixtures.trainingCount()).isEqualTo(before);
    }

    @Test
    void shouldLetOnlyEntityAdminsRecordTrainings() {
        String staff = StaffFixtures.addStaff("moh");
        long before = StaffFixtures.trainingCount();
        for (String role : List.of("publisher", "approver", "moderator", "it-security", "management")) {
            as("moh", role).body(training("BIAS", Instant.parse("2026-05-05T10:00:00Z"))).post(trainingsOf(staff))
                    .then().statusCode(403);
        }
        assertThat(StaffFixtures.trainingCount()).isEqualTo(before);
    }

    @Test
    void shouldTellWhetherAMemberCompletedTheG76Topics() {
        UUID staff = UUID.fromString(StaffFixtures.addStaff("moh", "MODERATOR"));
        Instant asOf = Instant.parse("2026-10-31T00:00:00Z");
        assertThat(trainings.missingInteractionTopics(staff, asOf)).containsExactlyInAnyOrder(
                TrainingTopic.HATE_SPEECH, TrainingTopic.BIAS, TrainingTopic.PERSONAL_DATA, TrainingTopic.EXTERNAL_LINKS);

        for (String topic : List.of("HATE_SPEECH", "BIAS", "PERSONAL_DATA", "SECURITY_AWARENESS")) {
            entityAdmin("moh").body(training(topic, Instant.parse("2026-06-01T08:00:00Z")))
                    .post(trainingsOf(staff.toString())).then().statusCode(201);
        }
        // SECURITY_AWARENESS is useful but not one of G7.6's topics.
        assertThat(trainings.missingInteractionTopics(staff, asOf)).containsExactly(TrainingTopic.EXTERNAL_LINKS);
        assertThat(trainings.completedInteractionTraining(staff, asOf)).isFalse();

        entityAdmin("moh").body(training("EXTERNAL_LINKS", Instant.parse("2026-10-15T08:00:00Z")))
                .post(trainingsOf(staff.toString())).then().statusCode(201);
        assertThat(trainings.completedInteractionTraining(staff, asOf)).isTrue();
        // As of a date before the last course, the member was not yet trained.
        assertThat(trainings.completedInteractionTraining(staff, Instant.parse("2026-10-01T00:00:00Z"))).isFalse();
        assertThat(trainings.completedInteractionTraining(UUID.randomUUID(), asOf)).isFalse();
    }
}
