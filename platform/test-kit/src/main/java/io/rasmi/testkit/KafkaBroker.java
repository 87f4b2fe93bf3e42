package io.rasmi.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.jboss.logging.Logger;

/**
 * The test JVM's Kafka broker: a real single-node KRaft broker ({@code org.apache.kafka:kafka_2.13}, the version of
 * the Quarkus BOM) in a JVM of its own, since {@code kafka.Kafka} halts its JVM on fatal errors and brings Scala and
 * its own Jackson. The broker's classpath was written into the kit's jar at build time; it never meets the
 * classpath of the tests.
 * <p>
 * Listens on 127.0.0.1 on two free ports (clients, controller), replication factors 1, topics created on first use,
 * data in a temp directory deleted when the JVM ends. Logs to {@code target/rasmi-test-kit/kafka-broker.log}.
 * Started once per JVM (whatever the class loader, see {@link JvmWide}); {@link #stop()} and {@link #start()} let a
 * test take it away and bring it back, on the same ports and data, to see what an outage does:
 *
 * <pre>{@code
 * KafkaBroker.stop();
 * try {
 *     // ... the service keeps working, its events wait in the outbox
 * } finally {
 *     KafkaBroker.start();
 * }
 * }</pre>
 */
public final class KafkaBroker {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);
    private static final Class<?> OWNER = JvmWide.ownerOf(KafkaBroker.class);
    private static final String CLASSPATH_RESOURCES = "io/rasmi/testkit/kafka-broker-own.classpath,"
            + "io/rasmi/testkit/kafka-broker-shared.classpath";
    /**
     * How long a starting broker may take to answer. It answers in a few seconds on a quiet machine; the limit is
     * for a machine shared by many builds, where a start has taken more than 90 s. Waiting stops as soon as it
     * answers, so a generous limit costs nothing when all is well.
     */
    static final long READY_TIMEOUT_MS = 180_000;
    /** While waiting, say so this often, so that a slow start can be told from a hung build. */
    private static final long PROGRESS_EVERY_MS = 30_000;
    /** Lines of the broker's own log quoted when it fails to start. */
    static final int LOG_TAIL_LINES = 40;
    private static final long STOP_TIMEOUT_MS = 30_000;

    /** Set once, on the first start; kept across stop and start. */
    private static Path home;
    private static int brokerPort;
    private static int controllerPort;
    private static Process process;
    private static boolean hooked;

    private KafkaBroker() {
    }

    /**
     * Starts the broker if it is not running (the first time: on free ports, with freshly formatted storage; after
     * {@link #stop()}: on the same ports and data) and waits until it answers. Returns the bootstrap servers.
     */
    public static String start() {
        if (OWNER != null) {
            return (String) JvmWide.call(OWNER, "startHere", new Class<?>[0]);
        }
        return startHere();
    }

    /** Stops the broker (SIGTERM, a controlled shutdown) and waits until its process is gone. Data and ports stay. */
    public static void stop() {
        if (OWNER != null) {
            JvmWide.call(OWNER, "stopHere", new Class<?>[0]);
            return;
        }
        stopHere();
    }

    /**
     * Freezes the running broker (SIGSTOP): its connections stay open and take requests, but nothing is answered
     * until {@link #thaw()}; what a long pause or a broker stuck on its disk looks like to a client.
     */
    public static void freeze() {
        if (OWNER != null) {
            JvmWide.call(OWNER, "signalHere", new Class<?>[] { String.class }, "STOP");
            return;
        }
        signalHere("STOP");
    }

    /** Lets a {@link #freeze() frozen} broker go on (SIGCONT), with the requests it received meanwhile. */
    public static void thaw() {
        if (OWNER != null) {
            JvmWide.call(OWNER, "signalHere", new Class<?>[] { String.class }, "CONT");
            return;
        }
        signalHere("CONT");
    }

    /** {@code 127.0.0.1:<port>}; starts the broker if it was never started. Stays the same after stop and start. */
    public static String bootstrapServers() {
        if (OWNER != null) {
            return (String) JvmWide.call(OWNER, "bootstrapServersHere", new Class<?>[0]);
        }
        return bootstrapServersHere();
    }

    /** Whether the broker process is alive. */
    public static boolean isRunning() {
        if (OWNER != null) {
            return (Boolean) JvmWide.call(OWNER, "isRunningHere", new Class<?>[0]);
        }
        return isRunningHere();
    }

    /** The broker's process id, or -1 when it is not running (for the kit's own tests). */
    static long pid() {
        if (OWNER != null) {
            return (Long) JvmWide.call(OWNER, "pidHere", new Class<?>[0]);
        }
        return pidHere();
    }

    static synchronized String startHere() {
        if (isRunningHere()) {
            return address();
        }
        long begin = System.nanoTime();
        boolean first = home == null;
        if (first) {
            prepare();
        }
        List<String> command = javaCommand(home, "kafka.Kafka", home.resolve("server.properties").toString());
        try {
            process = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectInput(new java.io.File("/dev/null"))
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(WorkFiles.logFile("kafka-broker.out").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Kafka broker JVM", e);
        }
        OrphanReaper.watch(process.pid(), "TERM", home);
        try {
            awaitReady();
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        LOG.infof("Kafka broker on %s %s in %d ms, pid %d; log %s", address(), first ? "started" : "restarted",
                (System.nanoTime() - begin) / 1_000_000, process.pid(), WorkFiles.logFile("kafka-broker.log"));
        return address();
    }

    static synchronized void stopHere() {
        if (!isRunningHere()) {
            return;
        }
        long begin = System.nanoTime();
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                LOG.warnf("Kafka broker did not stop within %d ms; killing it", STOP_TIMEOUT_MS);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        LOG.infof("Kafka broker on %s stopped in %d ms", address(), (System.nanoTime() - begin) / 1_000_000);
    }

    static synchronized void signalHere(String signal) {
        if (!isRunningHere()) {
            throw new IllegalStateException("The Kafka broker is not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid()))
                    .redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " of the Kafka broker failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling the Kafka broker", e);
        }
        LOG.infof("Kafka broker on %s sent SIG%s", address(), signal);
    }

    static synchronized String bootstrapServersHere() {
        if (home == null) {
            return startHere();
        }
        return address();
    }

    static synchronized boolean isRunningHere() {
        return process != null && process.isAlive();
    }

    /** The broker's directory (for the kit's own tests); only in the owning copy, after the start. */
    static synchronized Path homeHere() {
        return home;
    }

    static synchronized long pidHere() {
        return isRunningHere() ? process.pid() : -1;
    }

    private static String address() {
        return "127.0.0.1:" + brokerPort;
    }

    /** Ports, directories, configuration, formatted storage; and the shutdown hook. */
    private static void prepare() {
        int[] ports = WorkFiles.freePorts(2);
        Path directory = null;
        try {
            directory = Files.createTempDirectory("rasmi-kafka-");
            Files.createDirectories(directory.resolve("data"));
            Files.writeString(directory.resolve("server.properties"), serverProperties(directory, ports[0], ports[1]));
            Files.writeString(directory.resolve("log4j2.properties"), log4jProperties(WorkFiles.logFile("kafka-broker.log")));
            Files.writeString(directory.resolve("jvm.args"), "-cp " + quoted(brokerClasspath()) + "\n");
            Files.deleteIfExists(WorkFiles.logFile("kafka-broker.log"));
            Files.deleteIfExists(WorkFiles.logFile("kafka-broker.out"));
            format(directory);
            home = directory;
            brokerPort = ports[0];
            controllerPort = ports[1];
        } catch (IOException | RuntimeException e) {
            if (directory != null) {
                deleteRecursively(directory);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Cannot prepare the Kafka broker", io);
            }
            throw (RuntimeException) e;
        }
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaBroker::shutDown, "rasmi-kafka-broker-shutdown"));
        }
    }

    /** {@code kafka-storage.sh format --standalone}: a new cluster id, this node the only controller. */
    private static void format(Path directory) throws IOException {
        List<String> command = javaCommand(directory, "kafka.tools.StorageTool", "format", "--standalone",
                "--cluster-id", Uuid.randomUuid().toString(),
                "--config", directory.resolve("server.properties").toString());
        Path output = WorkFiles.logFile("kafka-broker.out");
        Process formatting = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectInput(new java.io.File("/dev/null"))
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(output.toFile()))
                .start();
        try {
            if (!formatting.waitFor(120, TimeUnit.SECONDS)) {
                formatting.destroyForcibly();
                throw new IllegalStateException("Formatting Kafka storage took more than 120 s; see " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            formatting.destroyForcibly();
            throw new IllegalStateException("Interrupted while formatting Kafka storage", e);
        }
        if (formatting.exitValue() != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed (exit " + formatting.exitValue() + "); see " + output);
        }
    }

    /** The same {@code java} as this JVM's, the broker's classpath through an argument file. */
    private static List<String> javaCommand(Path directory, String mainClass, String... arguments) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true", "-Dlog4j2.shutdownHookEnabled=false",
                "-Dlog4j2.configurationFile=" + directory.resolve("log4j2.properties"),
                "@" + directory.resolve("jvm.args"),
                mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private static void awaitReady() {
        long started = System.currentTimeMillis();
        long deadline = started + READY_TIMEOUT_MS;
        long nextProgress = started + PROGRESS_EVERY_MS;
        // first the port, so that the admin client does not log a warning per refused connection
        while (!accepts(brokerPort)) {
            failIfGoneOrLate(deadline);
            nextProgress = progress(started, nextProgress, "its port to open");
            sleep(100);
        }
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, address(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.CLIENT_ID_CONFIG, "rasmi-test-kit-readiness");
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaBroker.class.getClassLoader());
        try (Admin admin = Admin.create(config)) {
            while (true) {
                failIfGoneOrLate(deadline);
                nextProgress = progress(started, nextProgress, "it to answer");
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    LOG.debugf("Kafka broker not ready yet: %s", notYet.getMessage());
                }
                sleep(200);
            }
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    private static long progress(long started, long nextProgress, String waitingFor) {
        long now = System.currentTimeMillis();
        if (now < nextProgress) {
            return nextProgress;
        }
        LOG.infof("Kafka broker on %s: waited %d s for %s (limit %d s); the machine may be busy", address(),
                (now - started) / 1000, waitingFor, READY_TIMEOUT_MS / 1000);
        return now + PROGRESS_EVERY_MS;
    }

    private static void failIfGoneOrLate(long deadline) {
        if (!process.isAlive()) {
            throw new IllegalStateException(startFailure("exited with " + process.exitValue() + " while starting"));
        }
        if (System.currentTimeMillis() > deadline) {
            process.destroyForcibly();
            throw new IllegalStateException(startFailure("did not answer within " + READY_TIMEOUT_MS / 1000 + " s"));
        }
    }

    /** Why the broker did not start, with the end of its logs, so that a failed build says what went wrong. */
    private static String startFailure(String what) {
        Path log = WorkFiles.logFile("kafka-broker.log");
        Path out = WorkFiles.logFile("kafka-broker.out");
        return "The Kafka broker on " + address() + " " + what + "; the last lines of " + log + ":\n"
                + tail(log, LOG_TAIL_LINES) + "\nand of " + out + ":\n" + tail(out, LOG_TAIL_LINES);
    }

    /** The last {@code lines} lines of a file, or a word saying why there are none. */
    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "(no such file)";
            }
            // decoded leniently: a log cut in the middle of a character still says what it can
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            if (all.isEmpty()) {
                return "(empty)";
            }
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException unreadable) {
            return "(unreadable: " + unreadable.getMessage() + ")";
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static void shutDown() {
        synchronized (KafkaBroker.class) {
            stopHere();
            if (home != null) {
                deleteRecursively(home);
            }
        }
    }

    private static String serverProperties(Path directory, int broker, int controller) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + broker + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + broker + ",CONTROLLER://127.0.0.1:" + controller,
                "inter.broker.listener.name=PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "num.partitions=1",
                "auto.create.topics.enable=true",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "num.network.threads=2",
                "num.io.threads=2",
                "background.threads=2",
                "num.recovery.threads.per.data.dir=1",
                "log.flush.interval.messages=9223372036854775807",
                "");
    }

    private static String log4jProperties(Path logFile) {
        return String.join("\n",
                "status = warn",
                "appender.file.type = File",
                "appender.file.name = FILE",
                "appender.file.fileName = " + logFile.toString().replace("\\", "/"),
                "appender.file.append = true",
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.file.ref = FILE",
                "logger.kafka-request.name = kafka.request.logger",
                "logger.kafka-request.level = WARN",
                "");
    }

    /** The broker's jars, as written into the kit's jar at build time (see the kit's pom). */
    static String brokerClasspath() {
        ClassLoader loader = KafkaBroker.class.getClassLoader();
        List<String> entries = new ArrayList<>();
        for (String resource : CLASSPATH_RESOURCES.split(",")) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing: rebuild rasmi-test-kit");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                for (String entry : text.split(java.io.File.pathSeparator)) {
                    if (!entry.isBlank()) {
                        entries.add(entry.trim());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> missing = entries.stream().filter(entry -> !Files.exists(Path.of(entry))).collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The Kafka broker's jars are not in the local Maven repository (" + missing
                    + "): rebuild rasmi-test-kit on this machine (./mvnw -f platform/test-kit/pom.xml install)");
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static String quoted(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("Could not delete %s: %s", directory, e.getMessage());
        }
    }
}
