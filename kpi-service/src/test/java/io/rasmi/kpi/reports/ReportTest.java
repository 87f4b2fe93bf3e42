package io.rasmi.kpi.reports;

import static io.rasmi.kpi.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.CommentReceived;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.EventType;
import io.rasmi.events.Platform;
import io.rasmi.events.Topics;
import io.rasmi.kpi.ContentEvents;
import io.rasmi.kpi.Fixtures;
import io.rasmi.testkit.KafkaTestConsumer;
import io.restassured.path.json.JsonPath;

/**
 * Reports against figures worked out by hand. Week 2026-W45 runs from Saturday 31 October to Friday 6 November
 * 2026 (ISO week 45 starts on Monday 2 November); the week before from Saturday 24 to Friday 30 October.
 */
@QuarkusTest
class ReportTest {

    private static final String ENTITY = "rptjson";
    private static final String REPORTS = "/api/v1/reports/";
    private static UUID account;
    private static String newFollowersTarget;

    @Inject
    Fixtures fixtures;

    @Inject
    ContentEvents contentEvents;

    @BeforeEach
    void storeFiguresOnce() {
        if (account != null) {
            return;
        }
        account = fixtures.account(ENTITY, Platform.FACEBOOK, "وزارة الموارد المائية", "mowr.iraq");
        String a = account.toString();
        String batch = "accountId,date,metric,value,ageBracket,governorate,gender\n"
                // NEW_FOLLOWERS: this week 100 + 150 = 250, the week before 200 (+25%); 999 is the week after
                + a + ",2026-10-31,NEW_FOLLOWERS,100,,,\n" + a + ",2026-11-06,NEW_FOLLOWERS,150,,,\n"
                + a + ",2026-10-30,NEW_FOLLOWERS,200,,,\n" + a + ",2026-11-07,NEW_FOLLOWERS,999,,,\n"
                // FOLLOWERS, a level: this week's newest 1200, the week before's 1000 (+20%)
                + a + ",2026-10-29,FOLLOWERS,1000,,,\n" + a + ",2026-11-01,FOLLOWERS,1100,,,\n"
                + a + ",2026-11-05,FOLLOWERS,1200,,,\n"
                // FOLLOWERS by gender (500 / 1200 = 0.4167) and age (400 / 1200 = 0.3333)
                + a + ",2026-11-05,FOLLOWERS,500,,,FEMALE\n" + a + ",2026-11-05,FOLLOWERS,700,,,MALE\n"
                + a + ",2026-11-05,FOLLOWERS,400,18-24,,\n" + a + ",2026-11-05,FOLLOWERS,800,25-34,,\n"
                // REACH: 300 + 500 = 800, nothing the week before; by governorate IQ-BA 100, IQ-BG 200 + 300
                + a + ",2026-10-31,REACH,300,,,\n" + a + ",2026-11-03,REACH,500,,,\n"
                + a + ",2026-10-31,REACH,100,,IQ-BA,\n" + a + ",2026-10-31,REACH,200,,IQ-BG,\n"
                + a + ",2026-11-03,REACH,300,,IQ-BG,\n"
                // RESPONSE_TIME averages (60 + 90) / 2 = 75 against 100 the week before (-25%)
                + a + ",2026-11-01,RESPONSE_TIME,60,,,\n" + a + ",2026-11-02,RESPONSE_TIME,90,,,\n"
                + a + ",2026-10-25,RESPONSE_TIME,100,,,\n";
        as(ENTITY, "publisher").contentType("text/csv").body(batch).post("/api/v1/kpi/observations")
                .then().statusCode(200).body("lines", equalTo(19));
        newFollowersTarget = as(ENTITY, "entity-admin").body(target("NEW_FOLLOWERS", "WEEK", 300))
                .put("/api/v1/targets").then().statusCode(201).extract().path("id");
        as(ENTITY, "entity-admin").body(target("RESPONSE_TIME", "WEEK", 80)).put("/api/v1/targets")
                .then().statusCode(201);
        as(ENTITY, "entity-admin").body(target("REACH", "MONTH", 1000)).put("/api/v1/targets")
                .then().statusCode(201);
        // comments in the week (G9.3): two thanks and one complaint; one the week after, which must not count
        commentOn("2026-11-02T09:00:00Z", "الخدمة ممتازة");
        commentOn("2026-11-03T09:00:00Z", "عاشت ايدكم");
        commentOn("2026-11-04T09:00:00Z", "الخدمة سيئة");
        commentOn("2026-11-08T09:00:00Z", "شغلكم زفت");
    }

    private void commentOn(String at, String text) {
        UUID comment = UUID.randomUUID();
        Instant when = Instant.parse(at);
        CloudEvent event = CloudEvent.of(EventType.CONTENT_COMMENT_RECEIVED, comment.toString(), ENTITY,
                new CommentReceived(comment, ENTITY, account, Platform.FACEBOOK, "fb-" + comment, null, text, "ar",
                        when, when.plusSeconds(60)),
                when.plusSeconds(60));
        contentEvents.send(event);
        contentEvents.awaitHandled("kpi-sentiment", event.id());
    }

    private static String target(String metric, String period, int figure) {
        return "{\"accountId\":\"" + account + "\",\"metric\":\"" + metric + "\",\"period\":\"" + period
                + "\",\"target\":" + figure + "}";
    }

    private static String metric(String name, String field) {
        return "accounts[0].metrics.find { it.metric == '" + name + "' }." + field;
    }

    @Test
    void shouldReportEachMetricAgainstTheWeekBeforeWithBreakdownsAndTargets() {
        JsonPath report = as(ENTITY, "management").get(REPORTS + "2026-W45").then().statusCode(200)
                .body("entity", equalTo(ENTITY))
                .body("period.code", equalTo("2026-W45"))
                .body("period.kind", equalTo("WEEK"))
                .body("period.start", equalTo("2026-10-31")).body("period.end", equalTo("2026-11-06"))
                .body("period.previousStart", equalTo("2026-10-24")).body("period.previousEnd", equalTo("2026-10-30"))
                .body("accounts", hasSize(1))
                .body("accounts[0].account.displayNameAr", equalTo("وزارة الموارد المائية"))
                .body(metric("NEW_FOLLOWERS", "current"), equalTo(250))
                .body(metric("NEW_FOLLOWERS", "previous"), equalTo(200))
                .body(metric("NEW_FOLLOWERS", "change"), equalTo(0.25f))
                .body(metric("FOLLOWERS", "current"), equalTo(1200))
                .body(metric("FOLLOWERS", "change"), equalTo(0.2f))
                .body(metric("REACH", "current"), equalTo(800))
                .body(metric("REACH", "previous"), nullValue())
                .body(metric("REACH", "change"), nullValue())
                .body(metric("RESPONSE_TIME", "current"), equalTo(75))
                .body(metric("RESPONSE_TIME", "change"), equalTo(-0.25f))
                .body(metric("COMMENTS", "current"), nullValue())
                .extract().jsonPath();
        assertThat(report.getList("accounts[0].series.find { it.metric == 'REACH' }.points.start"))
                .containsExactly("2026-10-31", "2026-11-03");
        assertThat(report.getList("accounts[0].series.find { it.metric == 'REACH' }.points.value", Integer.class))
                .containsExactly(300, 500);
        String breakdown = "accounts[0].breakdowns.find { it.metric == '%s' && it.dimension == '%s' }.items";
        assertThat(report.getList(String.format(breakdown, "REACH", "governorate") + ".key"))
                .containsExactly("IQ-BA", "IQ-BG");
        assertThat(report.getList(String.format(breakdown, "REACH", "governorate") + ".value", Integer.class))
                .containsExactly(100, 500);
        assertThat(report.getList(String.format(breakdown, "FOLLOWERS", "gender") + ".share", Float.class))
                .containsExactly(0.4167f, 0.5833f);
        assertThat(report.getList(String.format(breakdown, "FOLLOWERS", "ageBracket") + ".key"))
                .containsExactly("18-24", "25-34");
        assertThat(report.getList(String.format(breakdown, "FOLLOWERS", "ageBracket") + ".share", Float.class))
                .containsExactly(0.3333f, 0.6667f);
        // The weekly targets only; NEW_FOLLOWERS 250 of 300 missed, RESPONSE_TIME 75 s under 80 s met.
        assertThat(report.getList("accounts[0].targets.metric")).containsExactly("NEW_FOLLOWERS", "RESPONSE_TIME");
        assertThat(report.getList("accounts[0].targets.attainment", Float.class)).containsExactly(0.8333f, 1.0667f);
        assertThat(report.getList("accounts[0].targets.met", Boolean.class)).containsExactly(false, true);

        String again = as(ENTITY, "entity-admin").get(REPORTS + "2026-W45").then().statusCode(200)
                .extract().path("generatedAt");
        assertThat(again).isEqualTo(report.getString("generatedAt"));
    }

    @Test
    void shouldCountTheWeeksCommentsBySentiment() {
        as(ENTITY, "management").get(REPORTS + "2026-W45").then().statusCode(200)
                .body("accounts[0].sentiment.positive", equalTo(2))
                .body("accounts[0].sentiment.neutral", equalTo(0))
                .body("accounts[0].sentiment.negative", equalTo(1));
    }

    @Test
    void shouldReportAMonthWithItsMonthlyTargets() {
        as(ENTITY, "management").get(REPORTS + "2026-10").then().statusCode(200)
                .body("period.kind", equalTo("MONTH"))
                .body("period.start", equalTo("2026-10-01")).body("period.end", equalTo("2026-10-31"))
                .body("period.previousStart", equalTo("2026-09-01"))
                // October: NEW_FOLLOWERS 200 + 100, REACH 300; nothing in September
                .body(metric("NEW_FOLLOWERS", "current"), equalTo(300))
                .body(metric("NEW_FOLLOWERS", "previous"), nullValue())
                .body("accounts[0].targets.metric", equalTo(List.of("REACH")))
                .body("accounts[0].targets[0].attainment", equalTo(0.3f))
                .body("accounts[0].targets[0].met", equalTo(false));
    }

    @Test
    void shouldAnswerTheReportAsOneCsvTable() {
        String csv = as(ENTITY, "management").accept("text/csv").get(REPORTS + "2026-W45").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        // Jackson's CSV writer quotes values longer than 24 characters, such as ids (RFC 4180 allows it)
        String a = "\"" + account + "\"";
        assertThat(csv.lines().findFirst()).hasValue(
                "period,section,accountId,handle,platform,metric,key,value,previous,change,share,target,attainment,met");
        assertThat(csv.lines()).contains(
                "2026-W45,metric," + a + ",mowr.iraq,FACEBOOK,NEW_FOLLOWERS,,250,200,0.25,,,,",
                "2026-W45,day," + a + ",mowr.iraq,FACEBOOK,REACH,2026-11-03,500,,,,,,",
                "2026-W45,governorate," + a + ",mowr.iraq,FACEBOOK,REACH,IQ-BG,500,,,0.8333,,,",
                "2026-W45,target," + a + ",mowr.iraq,FACEBOOK,NEW_FOLLOWERS,,250,,,,300,0.8333,false");
    }

    @Test
    void shouldAnnounceTheReportAndTheMissedTargetOnceWithValidEvents() {
        as(ENTITY, "management").get(REPORTS + "2026-W45").then().statusCode(200);
        as(ENTITY, "management").get(REPORTS + "2026-W45").then().statusCode(200);
        ConsumerRecord<String, String> generated = KafkaTestConsumer.awaitRecord(Topics.KPI_EVENTS,
                Duration.ofSeconds(60), r -> r.value().contains("io.rasmi.kpi.report-generated.v1")
                        && r.value().contains("\"" + ENTITY + "\"") && r.value().contains("2026-W45"));
        EventContract.assertValid(generated.key(), generated.value());
        assertThat(EventCodec.read(generated.value()).data().get("targetsMissed").asInt()).isEqualTo(1);
        assertThat(EventCodec.read(generated.value()).data().get("periodStart").asText()).isEqualTo("2026-10-31");

        List<ConsumerRecord<String, String>> missed = KafkaTestConsumer.records(Topics.KPI_EVENTS,
                Duration.ofSeconds(60), r -> newFollowersTarget.equals(r.key())
                        && r.value().contains("io.rasmi.kpi.target-missed.v1") && r.value().contains("2026-W45"));
        assertThat(missed).hasSize(1);
        EventContract.assertValid(missed.get(0).key(), missed.get(0).value());
        assertThat(EventCodec.read(missed.get(0).value()).data().get("actual").asDouble()).isEqualTo(250.0);
        assertThat(EventCodec.read(missed.get(0).value()).data().get("accountId").asText()).isEqualTo(
                account.toString());
    }

    @Test
    void shouldShowAnotherEntityNoneOfThisEntitysAccounts() {
        as(ENTITY, "management").get(REPORTS + "2026-W45").then().statusCode(200).body("accounts", hasSize(1));
        as("rptother", "management").get(REPORTS + "2026-W45").then().statusCode(200)
                .body("entity", equalTo("rptother"))
                .body("accounts", empty());
    }

    @Test
    void shouldRefuseAPeriodThatIsNeitherAWeekNorAMonth() {
        for (String period : List.of("2026-W54", "2025-W53", "2026-W00", "2026-13", "2026-00", "26-11", "last-week",
                "2026-w45", "1999-01")) {
            as(ENTITY, "management").get(REPORTS + period).then().statusCode(400)
                    .contentType(containsString("application/problem+json"));
        }
    }

    @Test
    void shouldAnswerNotFoundForAPeriodNotYetClosed() {
        as(ENTITY, "management").get(REPORTS + "2099-W10").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        as(ENTITY, "management").accept("application/pdf").get(REPORTS + "2099-12").then().statusCode(404);
    }

    @Test
    void shouldRefuseRolesOtherThanEntityAdminAndManagement() {
        as(ENTITY, "publisher").get(REPORTS + "2026-W45").then().statusCode(403);
        as(ENTITY, "it-security").get(REPORTS + "2026-W45").then().statusCode(403);
    }
}
