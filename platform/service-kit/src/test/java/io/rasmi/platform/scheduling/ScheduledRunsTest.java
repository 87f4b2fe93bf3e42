package io.rasmi.platform.scheduling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ScheduledRunsTest {

    @Inject
    ScheduledRuns runs;

    @Inject
    MeterRegistry registry;

    @Test
    void shouldLetOneOfManySimultaneousClaimsWin() throws Exception {
        Instant fireTime = Instant.parse("2026-11-30T06:00:00.250Z");
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                claims.add(() -> runs.claim("test-job", fireTime));
            }
            long won = 0;
            for (Future<Boolean> claim : replicas.invokeAll(claims)) {
                won += claim.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            replicas.shutdownNow();
        }
    }

    @Test
    void shouldClaimEachFireTimeAndEachJobApart() {
        Instant first = Instant.parse("2026-11-30T07:00:00Z");
        assertThat(runs.claim("job-a", first)).isTrue();
        assertThat(runs.claim("job-a", first.plusMillis(400))).isFalse();
        assertThat(runs.claim("job-a", first.plusSeconds(60))).isTrue();
        assertThat(runs.claim("job-b", first)).isTrue();
    }

    @Test
    void shouldCountRunsAndSkipsPerJob() {
        Instant fireTime = Instant.parse("2026-11-30T08:00:00Z");
        runs.claim("job-counted", fireTime);
        runs.claim("job-counted", fireTime);
        runs.claim("job-counted", fireTime);

        assertThat(registry.counter("rasmi.scheduled.runs", "job", "job-counted", "outcome", "ran").count())
                .isEqualTo(1);
        assertThat(registry.counter("rasmi.scheduled.runs", "job", "job-counted", "outcome", "skipped").count())
                .isEqualTo(2);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics.lines().filter(line -> line.startsWith("rasmi_scheduled_runs_total{")
                && line.contains("job=\"job-counted\"") && line.contains("outcome=\"skipped\"")))
                .as("the skips on /q/metrics").singleElement().asString().endsWith(" 2.0");
    }
}
