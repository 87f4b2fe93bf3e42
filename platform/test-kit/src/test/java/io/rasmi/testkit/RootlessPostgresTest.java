package io.rasmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * As root on a machine without user namespaces, PostgreSQL runs as the unprivileged user {@code rasmi-pg}. The
 * machine is simulated by a JVM whose {@code PATH} starts with an {@code unshare} that always fails, which is how
 * zonky decides that user namespaces are not available.
 */
@EnabledIf("runningAsRoot")
class RootlessPostgresTest {

    static boolean runningAsRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    @Test
    void withoutUserNamespacesPostgresRunsAsAnUnprivilegedUser(@TempDir Path workingDirectory) throws Exception {
        Path stubs = Files.createDirectories(workingDirectory.resolve("stubs"));
        Path unshare = stubs.resolve("unshare");
        Files.writeString(unshare, "#!/bin/sh\necho 'unshare: Operation not permitted' >&2\nexit 1\n");
        Files.setPosixFilePermissions(unshare, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProbeJvm probe = ProbeJvm.start(workingDirectory, Map.of("PATH", stubs + ":" + System.getenv("PATH")), "postgres")
                .awaitReady(Duration.ofMinutes(2));
        try {
            assertEquals(RootlessPostgres.Mode.UNPRIVILEGED_USER.name(), probe.report.get("POSTGRES_MODE"), probe.output.toString());
            assertNotEquals("0", probe.report.get("POSTGRES_UID"), "the postmaster does not run as root");
            assertEquals(RootlessPostgres.unprivilegedUser().uid(), Integer.parseInt(probe.report.get("POSTGRES_UID")));
            assertEquals("probe", probe.report.get("POSTGRES_USER"), "and it serves queries");
        } finally {
            long postgres = probe.pid("POSTGRES_PID");
            probe.process.destroy();
            probe.process.waitFor();
            ProbeJvm.awaitGone(List.of(postgres), Duration.ofSeconds(20));
        }
    }
}
