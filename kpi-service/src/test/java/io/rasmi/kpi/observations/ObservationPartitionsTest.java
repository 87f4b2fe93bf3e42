package io.rasmi.kpi.observations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.testkit.MovableClock;

@QuarkusTest
class ObservationPartitionsTest {

    @Inject
    ObservationPartitions partitions;

    @Inject
    MovableClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private boolean exists(YearMonth month) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select to_regclass(?1)::text").setParameter(1, ObservationPartitions.nameOf(month))
                .getSingleResult() != null);
    }

    @Test
    void shouldCreateTheMonthsAheadWhenTheClockMovesOn() {
        clock.advance(Duration.ofDays(400));
        YearMonth now = YearMonth.from(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        assertThat(exists(now.plusMonths(3))).isFalse();

        partitions.createAhead();

        assertThat(List.of(now, now.plusMonths(1), now.plusMonths(2), now.plusMonths(3)))
                .allSatisfy(month -> assertThat(exists(month)).as(month.toString()).isTrue());
        assertThat(exists(now.plusMonths(4))).isFalse();
    }

    @Test
    void shouldBeHarmlessWhenSeveralReplicasCreateTheSameMonthsAtOnce() throws Exception {
        clock.advance(Duration.ofDays(800));
        YearMonth now = YearMonth.from(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            // Each call asks the database, as a replica that never saw these months would.
            List<CompletableFuture<Void>> runs = IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.runAsync(() -> {
                        partitions.forget();
                        partitions.createAhead();
                    }, replicas))
                    .toList();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
        } finally {
            replicas.shutdown();
        }
        assertThat(exists(now)).isTrue();
        assertThat(exists(now.plusMonths(3))).isTrue();
    }
}
