package io.rasmi.account.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.events.AccountStatus;

/**
 * Requests per second of the public lookup against a trivial endpoint of the same service ({@code /q/health/live}),
 * on this machine, through real HTTP on the loopback interface. Not part of the default run; run it on demand:
 *
 * <pre>
 * ./mvnw -B -ntp -pl account-service -am verify -Dtest.excludedGroups=none -Dgroups=benchmark \
 *     -Dtest=PublicLookupBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.seconds=3 -Dbenchmark.rounds=3 -Dbenchmark.clients=8]
 * </pre>
 *
 * It warms every path up, then measures each endpoint for {@code benchmark.seconds} in turn, {@code benchmark.rounds}
 * times, and prints each round and the median of each endpoint against the trivial one. Bounded: about a minute,
 * loopback only. On a shared machine the figures move with the other load; compare the ratios.
 */
@QuarkusTest
@Tag("benchmark")
class PublicLookupBenchmark {

    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 3);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warm-up-seconds", 3);

    @TestHTTPResource("/")
    URL base;

    private String handle;

    @BeforeEach
    void officialAccount() {
        Fixtures.registerDemoEntities();
        handle = PublicAccounts.uniqueHandle("moh_bench_");
        PublicAccounts.move(PublicAccounts.propose("moh", "moh.gov.iq", "X", handle, "وزارة الصحة العراقية",
                "Iraqi Ministry of Health"), AccountStatus.ACTIVE);
    }

    @Test
    void shouldPrintRequestsPerSecondOfThePublicLookupAndOfATrivialEndpoint() throws Exception {
        URI verify = URI.create(base + "public/v1/verify?platform=X&handle=" + handle);
        URI verifyByUrl = URI.create(base + "public/v1/verify?url=https://x.com/" + handle.toUpperCase(Locale.ROOT));
        URI unknown = URI.create(base + "public/v1/verify?platform=X&handle=m0h_bench_unknown");
        URI health = URI.create(base + "q/health/live");

        // Warm up every path first (JIT, connections, the answers in memory), then measure each in turn.
        for (URI uri : List.of(health, verify, verifyByUrl, unknown)) {
            assertThat(run("warm-up", uri, WARM_UP_SECONDS).failures).isZero();
        }
        // Rounds take turns, so that a burst of other load on the machine does not fall on one endpoint only.
        Map<String, List<Result>> rounds = new LinkedHashMap<>();
        Map<String, URI> endpoints = new LinkedHashMap<>();
        endpoints.put("GET /q/health/live (trivial)", health);
        endpoints.put("GET /public/v1/verify?platform&handle (official)", verify);
        endpoints.put("GET /public/v1/verify?url (official)", verifyByUrl);
        endpoints.put("GET /public/v1/verify (not official, with look-alikes)", unknown);
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, URI> endpoint : endpoints.entrySet()) {
                Result result = run(endpoint.getKey(), endpoint.getValue(), SECONDS);
                System.out.println("round " + (round + 1) + ": " + result);
                assertThat(result.failures).as(result.name).isZero();
                assertThat(result.requests).as(result.name).isPositive();
                rounds.computeIfAbsent(endpoint.getKey(), name -> new ArrayList<>()).add(result);
            }
        }
        double trivial = median(rounds.get("GET /q/health/live (trivial)"));
        for (Map.Entry<String, List<Result>> endpoint : rounds.entrySet()) {
            double perSecond = median(endpoint.getValue());
            System.out.printf(Locale.ROOT, "median of %d rounds: %-58s %8.0f req/s  (%.2f x the trivial endpoint)%n",
                    ROUNDS, endpoint.getKey(), perSecond, perSecond / trivial);
        }
    }

    private static double median(List<Result> results) {
        double[] values = results.stream().mapToDouble(Result::perSecond).sorted().toArray();
        return values[values.length / 2];
    }

    private static Result run(String name, URI uri, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        AtomicLong failures = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < CLIENTS; i++) {
                workers.add(pool.submit(() -> {
                    long[] latencies = new long[1 << 20];
                    int count = 0;
                    while (System.nanoTime() < deadline && count < latencies.length) {
                        long before = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        latencies[count++] = System.nanoTime() - before;
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    }
                    return Arrays.copyOf(latencies, count);
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                for (long latency : worker.get()) {
                    all.add(latency);
                }
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            all.sort(Long::compare);
            return new Result(name, all.size(), failures.get(), elapsed, percentile(all, 50), percentile(all, 99));
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
    }

    private record Result(String name, long requests, long failures, double seconds, double p50Millis,
            double p99Millis) {

        double perSecond() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-58s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d requests, %d failed, %d clients)",
                    name, perSecond(), p50Millis, p99Millis, requests, failures, CLIENTS);
        }
    }
}
