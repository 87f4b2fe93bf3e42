package io.rasmi.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Runs {@link ServersProbe} in a JVM of its own and collects what it reports. */
final class ProbeJvm {

    final Process process;
    final Map<String, String> report = new ConcurrentHashMap<>();
    final StringBuffer output = new StringBuffer();
    private final CountDownLatch ready = new CountDownLatch(1);

    private ProbeJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "probe-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ProbeJvm start(Path workingDirectory, Map<String, String> environment, String... servers) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dorg.jboss.logging.provider=jdk", "-cp", classpath, ServersProbe.class.getName()));
        command.addAll(List.of(servers));
        // its logs go to <workingDirectory>/target/rasmi-test-kit/, which the test deletes
        java.nio.file.Files.createDirectories(workingDirectory.resolve("target"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new ProbeJvm(builder.start());
    }

    /** Waits for {@code READY}; fails with the probe's output when it does not come. */
    ProbeJvm awaitReady(Duration timeout) throws InterruptedException {
        if (!ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The probe JVM did not get ready within " + timeout + ":\n" + output);
        }
        return this;
    }

    long pid(String key) {
        return Long.parseLong(report.get(key));
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (line.matches("[A-Z_]+=.*")) {
                    report.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                    if (line.startsWith("READY=")) {
                        ready.countDown();
                    }
                }
            }
        } catch (IOException ended) {
            // the probe is gone
        }
    }

    /** Waits until no process of {@code pids} is alive; returns how long that took, or fails after {@code timeout}. */
    static Duration awaitGone(List<Long> pids, Duration timeout) throws InterruptedException {
        long begin = System.nanoTime();
        while (pids.stream().anyMatch(ProbeJvm::alive)) {
            if (System.nanoTime() - begin > timeout.toNanos()) {
                throw new AssertionError("Still alive after " + timeout + ": "
                        + pids.stream().filter(ProbeJvm::alive).toList());
            }
            Thread.sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** Alive and not a zombie (exited, waiting for init to reap it). */
    static boolean alive(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }
}
