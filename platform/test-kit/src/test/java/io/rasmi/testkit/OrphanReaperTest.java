package io.rasmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A test JVM that is killed outright (SIGKILL: no shutdown hook runs) leaves no server and no data behind. */
class OrphanReaperTest {

    private static final Logger LOG = Logger.getLogger(OrphanReaperTest.class);

    @Test
    void killedTestJvmLeavesNothingBehind(@TempDir Path workingDirectory) throws Exception {
        ProbeJvm probe = ProbeJvm.start(workingDirectory, Map.of(), "postgres", "kafka").awaitReady(Duration.ofMinutes(2));
        long postgres = probe.pid("POSTGRES_PID");
        long kafka = probe.pid("KAFKA_PID");
        List<Long> servers = new ArrayList<>(List.of(postgres, kafka));
        ProcessHandle.of(postgres).orElseThrow().descendants().forEach(child -> servers.add(child.pid()));
        List<Long> reapers = ProcessHandle.allProcesses()
                .filter(process -> process.info().arguments()
                        .map(arguments -> List.of(arguments).contains("rasmi-test-kit-reaper")
                                && List.of(arguments).contains(Long.toString(probe.process.pid())))
                        .orElse(false))
                .map(ProcessHandle::pid).toList();
        assertEquals(2, reapers.size(), "one watchdog per server");
        Path postgresData = Path.of(probe.report.get("POSTGRES_DATA"));
        Path kafkaHome = Path.of(probe.report.get("KAFKA_HOME"));
        assertTrue(Files.isDirectory(postgresData) && Files.isDirectory(kafkaHome));
        assertTrue(servers.stream().allMatch(ProbeJvm::alive));

        probe.process.destroyForcibly().waitFor();

        Duration gone = ProbeJvm.awaitGone(servers, Duration.ofSeconds(20));
        LOG.infof("PostgreSQL (%d processes) and the Kafka broker were gone %d ms after the test JVM was killed",
                servers.size() - 1, gone.toMillis());
        ProbeJvm.awaitGone(reapers, Duration.ofSeconds(5));
        assertFalse(Files.exists(postgresData), "PostgreSQL data deleted");
        assertFalse(Files.exists(kafkaHome), "Kafka data deleted");
    }
}
