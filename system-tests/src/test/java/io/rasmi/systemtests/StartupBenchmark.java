package io.rasmi.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start fast and small: the time from process launch to the first ready answer, and the idle resident memory, of
 * each service started alone against the running stack, beside two yardsticks started with the same JVM flags: a
 * bare Quarkus REST application ({@code tools/bare-quarkus}, one GET endpoint), and the extension floor
 * ({@code tools/extension-floor}: the services' Quarkus extensions, each used once, and nothing of Rasmi's own), so
 * that the table tells what the extensions cost from what the services' own code adds. Each is launched by
 * {@code deploy/local/rasmi run NAME PORT}, exactly as {@code rasmi up} launches it (same environment, same JVM
 * flags), on a spare port, one at a time. Goal: each service within 3x of the bare application on both.
 *
 * <p>Run against {@code rasmi up --infra-only} (PostgreSQL, Kafka, Keycloak; no other service loading the CPU),
 * after {@code ./mvnw -B -ntp -q package -DskipTests}:
 * <pre>
 * flock /work/wt/stack.lock bash -c 'deploy/local/rasmi up --infra-only &amp;&amp; ./mvnw -B -ntp -Psystem-tests \
 *   -pl system-tests verify -Dtest=StartupBenchmark -Dtest.excludedGroups=none -Dgroups=benchmark; rc=$?; \
 *   deploy/local/rasmi down; exit $rc'
 * </pre>
 * Options: {@code -Dstartup.rounds=2} measured rounds (medians are printed), {@code -Dstartup.warmup=1} rounds
 * first that are not counted (Flyway's first migration, a cold page cache), {@code -Dstartup.apps=...} a subset
 * (the two yardsticks always run),
 * {@code -Dstartup.settle=10} the seconds between the ready answer and the memory reading.
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    private static final Path LOGS = ROOT.resolve("system-tests/target/startup-benchmark");
    private static final int ROUNDS = Integer.getInteger("startup.rounds", 2);
    private static final int WARMUP = Integer.getInteger("startup.warmup", 1);
    private static final double GOAL = 3.0;
    /**
     * How long after the first ready answer the process is left alone before its memory is read; content-service
     * loads LanguageTool 20 s after start ({@code content.checks.spelling.warm-up-delay}), so
     * {@code -Dstartup.settle=40} reads its memory with LanguageTool loaded.
     */
    private static final Duration SETTLE = Duration.ofSeconds(Integer.getInteger("startup.settle", 10));
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private static final String BARE = "bare-quarkus";
    /** The services' extensions with nothing of Rasmi's own: what any service pays before its own code runs. */
    private static final String FLOOR = "extension-floor";
    /** Name, spare port (the stack's own are 8081-8084 and 9081-9084), and the path whose 200 means ready. */
    private static final List<App> APPS = List.of(
            new App(BARE, 18089, "/hello"),
            new App(FLOOR, 18088, "/q/health/ready"),
            new App("account-service", 18081, "/q/health/ready"),
            new App("content-service", 18082, "/q/health/ready"),
            new App("kpi-service", 18083, "/q/health/ready"),
            new App("incident-service", 18084, "/q/health/ready"));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    record App(String name, int port, String readyPath) {
    }

    /** cpuMillis: the CPU time the process had used when it first answered ready, which other load does not inflate. */
    record Sample(long readyMillis, long cpuMillis, long idleRssKb) {
    }

    @Test
    void printsStartupTimeAndIdleMemoryOfEachServiceBesideTheBareApplication() throws Exception {
        requireTheStack();
        String loadBefore = loadAverage();
        Files.createDirectories(LOGS);
        List<App> apps = selectedApps();
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        for (int round = 0; round < WARMUP + ROUNDS; round++) {
            for (App app : apps) {
                Sample sample = launch(app, round);
                System.out.printf("round %d%s %-17s ready after %6d ms (CPU %6d ms), idle RSS %4d MB%n", round + 1,
                        round < WARMUP ? " (warm-up)" : "", app.name(), sample.readyMillis(), sample.cpuMillis(),
                        sample.idleRssKb() / 1024);
                if (round >= WARMUP) {
                    samples.computeIfAbsent(app.name(), name -> new ArrayList<>()).add(sample);
                }
            }
        }
        print(samples, loadBefore);
        samples.values().forEach(list -> list.forEach(sample -> {
            assertThat(sample.readyMillis()).isPositive();
            assertThat(sample.idleRssKb()).isPositive();
        }));
    }

    private List<App> selectedApps() {
        String wanted = System.getProperty("startup.apps", "");
        if (wanted.isBlank()) {
            return APPS;
        }
        List<String> names = Arrays.asList(wanted.split(","));
        return APPS.stream()
                .filter(app -> app.name().equals(BARE) || app.name().equals(FLOOR) || names.contains(app.name()))
                .toList();
    }

    private void requireTheStack() throws Exception {
        int status;
        try {
            status = get(Stack.KEYCLOAK + "/realms/rasmi/.well-known/openid-configuration");
        } catch (IOException unreachable) {
            status = -1;
        }
        if (status != 200) {
            fail("No Keycloak at " + Stack.KEYCLOAK
                    + ": run this benchmark against `deploy/local/rasmi up --infra-only`");
        }
        for (App app : APPS) {
            if (answers(app)) {
                fail("Port " + app.port() + " is taken: " + app.name() + " must start there alone");
            }
        }
    }

    /** Launches one application, times its first ready answer, reads its settled RSS, and stops it. */
    private Sample launch(App app, int round) throws Exception {
        Path log = LOGS.resolve(app.name() + "-" + (round + 1) + ".log");
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("deploy/local/rasmi").toString(), "run", app.name(),
                String.valueOf(app.port()))
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long launched = System.nanoTime();
        Process process = builder.start();
        try {
            long deadline = launched + READY_TIMEOUT.toNanos();
            while (!answers(app)) {
                if (!process.isAlive()) {
                    fail(app.name() + " exited with " + process.exitValue() + " before it was ready; see " + log);
                }
                if (System.nanoTime() > deadline) {
                    fail(app.name() + " not ready after " + READY_TIMEOUT + "; see " + log);
                }
                Thread.sleep(10);
            }
            long readyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched);
            long cpuMillis = cpuMillis(process.pid());
            // `rasmi run` execs env, which execs java: the process launched is the JVM itself.
            Thread.sleep(SETTLE.toMillis());
            long[] rss = new long[5];
            for (int i = 0; i < rss.length; i++) {
                rss[i] = residentKb(process.pid());
                Thread.sleep(200);
            }
            Arrays.sort(rss);
            return new Sample(readyMillis, cpuMillis, rss[rss.length / 2]);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private boolean answers(App app) throws InterruptedException {
        try {
            return get("http://127.0.0.1:" + app.port() + app.readyPath()) == 200;
        } catch (ConnectException | java.net.http.HttpConnectTimeoutException notYet) {
            return false;
        } catch (IOException notYet) {
            return false;
        }
    }

    private int get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long residentKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS for pid " + pid);
    }

    /** utime + stime of /proc/PID/stat, in clock ticks of 10 ms (USER_HZ 100 on Linux). */
    private static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static long median(List<Sample> samples, java.util.function.ToLongFunction<Sample> value) {
        long[] values = samples.stream().mapToLong(value).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static void print(Map<String, List<Sample>> samples, String loadBefore) {
        long bareReady = median(samples.get(BARE), Sample::readyMillis);
        long bareRss = median(samples.get(BARE), Sample::idleRssKb);
        long bareCpu = median(samples.get(BARE), Sample::cpuMillis);
        long floorReady = median(samples.get(FLOOR), Sample::readyMillis);
        long floorRss = median(samples.get(FLOOR), Sample::idleRssKb);
        StringBuilder table = new StringBuilder();
        table.append(String.format("%nStartup (median of %d round(s) after %d warm-up; load average before %s, "
                + "after %s)%n", ROUNDS, WARMUP, loadBefore, loadAverage()));
        table.append(String.format("%-17s %9s %7s %8s %7s %12s %7s %13s  %s%n", "application", "ready ms", "x bare",
                "CPU ms", "x bare", "idle RSS MB", "x bare", "x floor (t/m)", "goal (<= 3x bare on both)"));
        samples.forEach((name, list) -> {
            long ready = median(list, Sample::readyMillis);
            long rss = median(list, Sample::idleRssKb);
            long cpu = median(list, Sample::cpuMillis);
            double readyRatio = (double) ready / bareReady;
            double rssRatio = (double) rss / bareRss;
            String goal = name.equals(BARE) || name.equals(FLOOR) ? "(yardstick)"
                    : readyRatio <= GOAL && rssRatio <= GOAL ? "met" : "NOT met";
            String floor = String.format("%.1f/%.1f", (double) ready / floorReady, (double) rss / floorRss);
            table.append(String.format("%-17s %9d %7.1f %8d %7.1f %12d %7.1f %13s  %s%n", name, ready, readyRatio, cpu,
                    (double) cpu / bareCpu, rss / 1024, rssRatio, floor, goal));
        });
        System.out.print(table);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}
