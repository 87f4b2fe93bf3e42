package io.rasmi.kpi.observations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.Platform;
import io.rasmi.kpi.Fixtures;
import io.rasmi.testkit.TestTokens;

/**
 * A batch of a million lines passes with the heap capped at 256 MB: this class runs in surefire's own
 * {@code capped-heap} execution, a JVM started with {@code -Xmx256m} that holds both the service and this client, so
 * the service alone had less. The batch is made while it is sent (chunked, no Content-Length).
 */
@QuarkusTest
@Tag("capped-heap")
class MillionLineBatchTest {

    private static final long LINES = 1_000_000;

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager entityManager;

    @TestHTTPResource("/api/v1/kpi/observations")
    URI observations;

    @Test
    void shouldTakeAMillionLineCsvBatchWithAHeapOf256Megabytes() throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertThat(maxHeap).as("this test runs with -Xmx256m").isLessThanOrEqualTo(256L * 1024 * 1024);
        List<UUID> accounts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            accounts.add(fixtures.account("moh", Platform.FACEBOOK));
        }
        LocalDate lastDay = LocalDate.of(2026, 10, 31);
        HttpRequest request = HttpRequest.newBuilder(observations)
                .timeout(Duration.ofMinutes(15))
                .header("Authorization", "Bearer "
                        + TestTokens.client("rasmi-ingest").entity("moh").roles("kpi-ingest").lifetime(Duration.ofMinutes(30)).token())
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedCsvBatch(accounts, lastDay, LINES)))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"lines\":1000000").contains("\"inserted\":1000000");
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from kpi_observation where account_id = any(cast(?1 as uuid[]))")
                .setParameter(1, accounts.stream().map(UUID::toString).toArray(String[]::new))
                .getSingleResult()).longValue());
        assertThat(stored).isEqualTo(LINES);
        System.out.printf("A million-line CSV batch: %.1f s (%.0f lines/s) with the heap capped at %d MB%n",
                seconds, LINES / seconds, maxHeap >> 20);
    }
}
