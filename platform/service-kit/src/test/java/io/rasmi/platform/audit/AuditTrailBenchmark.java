package io.rasmi.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Audit writes per second with {@code benchmark.threads} threads, each write a transaction of its own, when all
 * threads write for one entity and when they write for 8 entities (thread i for entity i mod 8). With one lock for
 * the whole database both cases serialise; with a chain per entity the second does not. Not part of the default
 * run; run it on demand:
 *
 * <pre>
 * ./mvnw -B -ntp -pl platform/service-kit -am test -Dtest.excludedGroups=none -Dgroups=benchmark \
 *     -Dtest=AuditTrailBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.seconds=5 -Dbenchmark.rounds=3]
 * </pre>
 *
 * On a shared machine the figures move with the other load; compare the two cases of one run.
 */
@QuarkusTest
@Tag("benchmark")
class AuditTrailBenchmark {

    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 5);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    private static final int THREADS = Integer.getInteger("benchmark.threads", 8);

    @Inject
    AuditTrail auditTrail;

    @Test
    void printAuditWritesPerSecondForOneAndForEightEntities() throws Exception {
        writesPerSecond(1, 2); // warm-up
        writesPerSecond(8, 2);
        List<String> lines = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            double one = writesPerSecond(1, SECONDS);
            double eight = writesPerSecond(8, SECONDS);
            lines.add(String.format(Locale.ROOT, "round %d: %d threads, 1 entity %8.1f writes/s | 8 entities %8.1f writes/s",
                    round, THREADS, one, eight));
        }
        System.out.println("=== AuditTrailBenchmark ===");
        lines.forEach(System.out::println);
        assertThat(auditTrail.verify().intact()).isTrue();
    }

    private double writesPerSecond(int entities, int seconds) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        AtomicLong writes = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String entity = "bench-" + run + "-" + (t % entities);
                workers.add(threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        QuarkusTransaction.requiringNew().run(() -> auditTrail.record(entity, "bench.write", "thing",
                                1, Map.of("entity", entity)));
                        writes.incrementAndGet();
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            threads.shutdown();
        }
        return writes.get() / ((System.nanoTime() - start) / 1e9);
    }
}
