package io.rasmi.kpi.observations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.Platform;
import io.rasmi.kpi.Fixtures;
import io.rasmi.testkit.TestTokens;

/**
 * The same million CSV rows through {@code POST /api/v1/kpi/observations} and through the driver's plain COPY into an
 * identical table (same columns, key, index and monthly partitions), in one run; prints both rates and their ratio.
 * Goal: the service at least half of plain COPY. Run it with
 * {@code ./mvnw -B -ntp -pl kpi-service -am verify -Dtest.excludedGroups=none -Dgroups=benchmark -Dtest=IngestBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@Tag("benchmark")
class IngestBenchmark {

    private static final long LINES = 1_000_000;

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObservationPartitions partitions;

    @TestHTTPResource("/api/v1/kpi/observations")
    URI observations;

    @Test
    void shouldPrintTheServicesRateBesidePlainCopy() throws Exception {
        List<UUID> accounts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            accounts.add(fixtures.account("moh", Platform.FACEBOOK));
        }
        LocalDate lastDay = LocalDate.of(2026, 10, 31);
        long days = GeneratedCsvBatch.days(accounts.size(), LINES);
        TreeSet<YearMonth> months = new TreeSet<>();
        for (long day = 0; day < days; day++) {
            months.add(YearMonth.from(lastDay.minusDays(day)));
        }
        // Both sides start with their partitions made, so neither pays for DDL.
        partitions.ensure(months);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("drop table if exists kpi_copy_bench");
            sql.execute("create table kpi_copy_bench (like kpi_observation including defaults including constraints "
                    + "including indexes) partition by range (obs_date)");
            sql.execute("alter table kpi_copy_bench alter column entity set default 'moh', "
                    + "alter column first_ingested_at set default now(), alter column ingested_at set default now()");
            for (YearMonth month : months) {
                sql.execute("create table kpi_copy_bench_" + month.toString().replace('-', '_')
                        + " partition of kpi_copy_bench for values from ('" + month.atDay(1) + "') to ('"
                        + month.plusMonths(1).atDay(1) + "')");
            }
        }

        long copyStarted = System.nanoTime();
        long copied;
        try (Connection connection = dataSource.getConnection()) {
            copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy kpi_copy_bench (account_id, "
                    + "obs_date, metric, value, age_bracket, governorate, gender) from stdin with (format csv, header)",
                    new GeneratedCsvBatch(accounts, lastDay, LINES));
        }
        double copySeconds = (System.nanoTime() - copyStarted) / 1e9;

        HttpRequest request = HttpRequest.newBuilder(observations)
                .timeout(Duration.ofMinutes(15))
                .header("Authorization", "Bearer " + TestTokens.client("rasmi-ingest").entity("moh").roles("kpi-ingest")
                        .lifetime(Duration.ofMinutes(30)).token())
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedCsvBatch(accounts, lastDay, LINES)))
                .build();
        long serviceStarted = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        double serviceSeconds = (System.nanoTime() - serviceStarted) / 1e9;

        assertThat(copied).isEqualTo(LINES);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        double copyRate = LINES / copySeconds;
        double serviceRate = LINES / serviceSeconds;
        System.out.printf("KPI ingestion of %,d CSV rows: plain COPY %.1f s (%,.0f rows/s); "
                + "POST /api/v1/kpi/observations %.1f s (%,.0f rows/s); service/COPY = %.2f (goal >= 0.50)%n",
                LINES, copySeconds, copyRate, serviceSeconds, serviceRate, serviceRate / copyRate);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("drop table kpi_copy_bench");
        }
    }
}
