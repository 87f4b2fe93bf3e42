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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
 * It registers {@code benchmark.accounts} (5,000) accounts straight into the database with names made up from
 * syllables (Latin handles, Arabic display names), has the lookup read them, warms every path up, then measures
 * each endpoint for {@code benchmark.seconds} in turn, {@code benchmark.rounds} times, and prints each round and the
 * median of each endpoint against the trivial one. "Uncached" asks about a handle nobody asked about before on
 * every request (a look-alike of a registered one, or a made-up name), so it always takes the look-alike path; the
 * goal is at least a quarter of the cached rate and a p99 under 25 ms. Bounded: about two minutes, loopback only.
 * On a shared machine the figures move with the other load; compare the ratios.
 */
@QuarkusTest
@Tag("benchmark")
class PublicLookupBenchmark {

    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 3);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warm-up-seconds", 3);
    private static final int ACCOUNTS = Integer.getInteger("benchmark.accounts", 5000);
    private static final String CACHED = "GET /public/v1/verify?platform&handle (official, cached)";
    private static final String UNCACHED = "GET /public/v1/verify (never asked before, uncached)";

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager entityManager;

    @Inject
    PublicRegister register;

    private String handle;
    private final List<String> registered = new ArrayList<>();
    private final AtomicLong asked = new AtomicLong();

    @BeforeEach
    void officialAccounts() {
        Fixtures.registerDemoEntities();
        handle = PublicAccounts.uniqueHandle("moh_bench_");
        PublicAccounts.move(PublicAccounts.propose("moh", "moh.gov.iq", "X", handle, "وزارة الصحة العراقية",
                "Iraqi Ministry of Health"), AccountStatus.ACTIVE);
        registerMany();
    }

    /** {@link #ACCOUNTS} ACTIVE accounts of the demo entities, straight into the table: the API would take minutes. */
    private void registerMany() {
        String run = PublicAccounts.uniqueHandle("").substring(0, 4);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < ACCOUNTS; i++) {
                String name = madeUpHandle(i) + "_" + run;
                registered.add(name);
                entityManager.createNativeQuery("""
                        insert into official_account (id, entity_code, platform, handle, handle_key, display_name_ar,
                            display_name_en, registration_email, status, status_changed_at, created_at, updated_at)
                        values (gen_random_uuid(), ?1, ?2, ?3, lower(?3), ?4, ?5, ?6, 'ACTIVE', now(), now(), now())""")
                        .setParameter(1, i % 2 == 0 ? "moh" : "mohe")
                        .setParameter(2, PLATFORMS.get(i % PLATFORMS.size()))
                        .setParameter(3, name)
                        .setParameter(4, (i % 3 == 0 ? "هيئة " : "مديرية ") + madeUpArabic(i))
                        .setParameter(5, "Directorate " + name)
                        .setParameter(6, "social@" + (i % 2 == 0 ? "moh.gov.iq" : "mohesr.gov.iq"))
                        .executeUpdate();
            }
        });
        // The rows came with no event: have the lookup read the register (the code before the in-memory register
        // read the database on every new question, and needs no such step).
        register.load();
    }

    private static final List<String> PLATFORMS = List.of("FACEBOOK", "X", "INSTAGRAM", "TELEGRAM", "YOUTUBE");
    private static final String CONSONANTS = "bcdfghjklmnprstvwz";
    private static final String VOWELS = "aeiou";
    private static final String ARABIC = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";

    /** A pronounceable handle, unique per {@code i}: syllables from a seeded random, then {@code i} in syllables. */
    private static String madeUpHandle(int i) {
        java.util.Random random = new java.util.Random(i);
        StringBuilder name = new StringBuilder();
        for (int syllable = 0; syllable < 2 + random.nextInt(3); syllable++) {
            name.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())))
                    .append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        name.append('_');
        for (int rest = i; rest > 0 || name.charAt(name.length() - 1) == '_'; rest /= CONSONANTS.length()) {
            name.append(CONSONANTS.charAt(rest % CONSONANTS.length())).append('a');
        }
        return name.toString();
    }

    private static String madeUpArabic(int i) {
        java.util.Random random = new java.util.Random(-i);
        StringBuilder name = new StringBuilder();
        for (int word = 0; word < 2; word++) {
            if (word > 0) {
                name.append(' ');
            }
            for (int letter = 0; letter < 4 + random.nextInt(3); letter++) {
                name.append(ARABIC.charAt(random.nextInt(ARABIC.length())));
            }
        }
        return name.toString();
    }

    /** A question nobody asked before: a look-alike of a registered handle (a letter changed), or a made-up name. */
    private URI neverAsked() {
        long n = asked.incrementAndGet();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String asked;
        if (n % 2 == 0) {
            String copied = registered.get(random.nextInt(registered.size()));
            int at = random.nextInt(copied.length());
            asked = copied.substring(0, at) + CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))
                    + copied.substring(at + 1) + n;
        } else {
            asked = madeUpHandle(ACCOUNTS + (int) n) + "x";
        }
        return URI.create(base + "public/v1/verify?platform=X&handle=" + asked);
    }

    @Test
    void shouldPrintRequestsPerSecondOfThePublicLookupAndOfATrivialEndpoint() throws Exception {
        URI verify = URI.create(base + "public/v1/verify?platform=X&handle=" + handle);
        URI verifyByUrl = URI.create(base + "public/v1/verify?url=https://x.com/" + handle.toUpperCase(Locale.ROOT));
        URI unknown = URI.create(base + "public/v1/verify?platform=X&handle=m0h_bench_unknown");
        URI health = URI.create(base + "q/health/live");

        // Warm up every path first (JIT, connections, the answers in memory), then measure each in turn.
        for (Supplier<URI> uri : List.<Supplier<URI>>of(() -> health, () -> verify, () -> verifyByUrl,
                () -> unknown, this::neverAsked)) {
            assertThat(run("warm-up", uri, WARM_UP_SECONDS).failures).isZero();
        }
        // Rounds take turns, so that a burst of other load on the machine does not fall on one endpoint only.
        Map<String, List<Result>> rounds = new LinkedHashMap<>();
        Map<String, Supplier<URI>> endpoints = new LinkedHashMap<>();
        endpoints.put("GET /q/health/live (trivial)", () -> health);
        endpoints.put(CACHED, () -> verify);
        endpoints.put("GET /public/v1/verify?url (official, cached)", () -> verifyByUrl);
        endpoints.put("GET /public/v1/verify (not official, cached)", () -> unknown);
        endpoints.put(UNCACHED, this::neverAsked);
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Supplier<URI>> endpoint : endpoints.entrySet()) {
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
        double cached = median(rounds.get(CACHED));
        double uncached = median(rounds.get(UNCACHED));
        double uncachedP99 = rounds.get(UNCACHED).stream().mapToDouble(Result::p99Millis).sorted()
                .toArray()[ROUNDS / 2];
        System.out.printf(Locale.ROOT, "with %d registered accounts: cached %.0f req/s, uncached %.0f req/s "
                + "(%.2f of cached; goal at least 0.25), uncached p99 %.2f ms (goal under 25 ms)%n", ACCOUNTS + 1,
                cached, uncached, uncached / cached, uncachedP99);
    }

    private static double median(List<Result> results) {
        double[] values = results.stream().mapToDouble(Result::perSecond).sorted().toArray();
        return values[values.length / 2];
    }

    private static Result run(String name, Supplier<URI> uri, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
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
                        HttpRequest request = HttpRequest.newBuilder(uri.get()).timeout(Duration.ofSeconds(10))
                                .GET().build();
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
