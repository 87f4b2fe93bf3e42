package io.rasmi.kpi.reports;

import static io.rasmi.kpi.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rasmi.events.EventContract;
import io.rasmi.events.Platform;
import io.rasmi.events.Topics;
import io.rasmi.kpi.Fixtures;
import io.rasmi.platform.outbox.OutboxEvent;
import io.rasmi.testkit.KafkaTestConsumer;
import io.rasmi.testkit.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;

/** The schedule, by moving the clock past a week's close: the week's report is made once, however often it fires. */
@QuarkusTest
class ReportSchedulerTest {

    private static final String ENTITY = "rptsched";

    @Inject
    MovableClock clock;

    @Inject
    ReportScheduler scheduler;

    @Inject
    Reports reports;

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private long stored(ReportPeriod period) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from kpi_report where entity = ?1 and period = ?2")
                .setParameter(1, ENTITY).setParameter(2, period.code()).getSingleResult()).longValue());
    }

    private static long announced(String eventType, String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("messageKey = ?1 and eventType = ?2",
                key, eventType));
    }

    @Test
    void shouldMakeAClosedWeeksReportOnceWhenTheScheduleFiresAfterItCloses() {
        UUID account = fixtures.account(ENTITY, Platform.X, "وزارة التخطيط", "mop.iraq");
        // Next week: not closed now; the clock then moves to half an hour after its report is due.
        ReportPeriod week = ReportPeriod.weekOf(LocalDate.now(clock.withZone(ReportPeriod.BAGHDAD)).plusDays(7));
        Instant before = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        assertThat(scheduler.runOnce(before)).isTrue();
        assertThat(stored(week)).isZero();
        as(ENTITY, "management").get("/api/v1/reports/" + week.code()).then().statusCode(404);

        clock.advance(Duration.between(clock.instant(), reports.readyAt(week)).plusMinutes(30));
        String a = account.toString();
        as(ENTITY, "publisher").contentType("text/csv").body("accountId,date,metric,value\n"
                + a + "," + week.start() + ",NEW_FOLLOWERS,30\n" + a + "," + week.end() + ",NEW_FOLLOWERS,20\n")
                .post("/api/v1/kpi/observations").then().statusCode(200).body("lines", equalTo(2));
        String target = as(ENTITY, "entity-admin").body("{\"accountId\":\"" + a + "\",\"metric\":\"NEW_FOLLOWERS\","
                + "\"period\":\"WEEK\",\"target\":60}").put("/api/v1/targets").then().statusCode(201)
                .extract().path("id");

        Instant after = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        assertThat(scheduler.runOnce(after)).isTrue();
        // The same fire time on a second replica, and a late direct call: neither makes another report
        assertThat(scheduler.runOnce(after)).isFalse();
        assertThat(reports.generate(ENTITY, week)).isFalse();
        assertThat(stored(week)).isEqualTo(1);

        as(ENTITY, "management").get("/api/v1/reports/" + week.code()).then().statusCode(200)
                .body("period.start", equalTo(week.start().toString()))
                .body("accounts[0].metrics.find { it.metric == 'NEW_FOLLOWERS' }.current", equalTo(50))
                .body("accounts[0].targets[0].met", equalTo(false));
        assertThat(announced("io.rasmi.kpi.target-missed.v1", target)).isEqualTo(1);
        List<ConsumerRecord<String, String>> missed = KafkaTestConsumer.records(Topics.KPI_EVENTS,
                Duration.ofSeconds(60), r -> target.equals(r.key()));
        assertThat(missed).hasSize(1);
        EventContract.assertValid(missed.get(0).key(), missed.get(0).value());
        assertThat(missed.get(0).value()).contains("\"period\":\"" + week.code() + "\"");
    }

    @Test
    void shouldMakeOneReportWhenTwoReplicasMakeTheSamePeriodAtOnce() throws Exception {
        fixtures.account("rptrace", Platform.FACEBOOK, "وزارة النقل", "mot.iraq");
        ReportPeriod month = ReportPeriod.parse("2026-09");
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Boolean>> both = List.of(() -> reports.generate("rptrace", month),
                    () -> reports.generate("rptrace", month));
            long made = 0;
            for (Future<Boolean> one : replicas.invokeAll(both)) {
                made += one.get() ? 1 : 0;
            }
            assertThat(made).isEqualTo(1);
        } finally {
            replicas.shutdownNow();
        }
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from kpi_report where entity = 'rptrace' and period = '2026-09'").getSingleResult())
                .longValue());
        assertThat(rows).isEqualTo(1);
        long announcements = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count(
                "eventType = ?1 and envelope like ?2", "io.rasmi.kpi.report-generated.v1", "%\"rptrace\"%"));
        assertThat(announcements).isEqualTo(1);
    }

    @Test
    void shouldNameWeeksFromSaturdayToFridayAfterTheIsoWeekOfTheirMonday() {
        ReportPeriod week = ReportPeriod.parse("2026-W47");
        assertThat(week.start()).isEqualTo(LocalDate.parse("2026-11-14"));
        assertThat(week.end()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(week.start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
        assertThat(ReportPeriod.weekOf(LocalDate.parse("2026-11-20"))).isEqualTo(week);
        assertThat(ReportPeriod.weekOf(LocalDate.parse("2026-11-21")).code()).isEqualTo("2026-W48");
        // Across a year: ISO 2026 has 53 weeks; 2027-W01's Monday is 4 January 2027
        assertThat(ReportPeriod.parse("2026-W53").start()).isEqualTo(LocalDate.parse("2026-12-26"));
        assertThat(ReportPeriod.parse("2027-W01").start()).isEqualTo(LocalDate.parse("2027-01-02"));
        assertThat(ReportPeriod.parse("2027-W01").previous().code()).isEqualTo("2026-W53");
        // A week closes at midnight in Baghdad (UTC+3): Friday 21:00 UTC
        assertThat(week.closesAt()).isEqualTo(Instant.parse("2026-11-20T21:00:00Z"));
        assertThat(ReportPeriod.lastClosed(week.kind(), Instant.parse("2026-11-20T21:00:00Z"))).isEqualTo(week);
        assertThat(ReportPeriod.lastClosed(week.kind(), Instant.parse("2026-11-20T20:59:59Z")).code())
                .isEqualTo("2026-W46");
        assertThat(ReportPeriod.parse("2026-02").end()).isEqualTo(LocalDate.parse("2026-02-28"));
    }
}
