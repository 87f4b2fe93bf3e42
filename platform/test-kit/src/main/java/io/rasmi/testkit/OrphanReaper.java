package io.rasmi.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes sure a server started by the kit does not outlive the test JVM, however that JVM ends.
 * <p>
 * Shutdown hooks stop the servers when the JVM exits or gets SIGTERM/SIGINT (Ctrl-C). They do not run when the
 * JVM is killed (SIGKILL, {@code Runtime.halt}, a crash, surefire giving up on its fork): for that, each server
 * gets a tiny {@code sh} watchdog of its own, started as a separate process. It polls twice a second whether the
 * test JVM and the server are still there. When the server goes first (a normal stop) it simply exits; when the
 * JVM goes first it signals the server, waits up to ten seconds, kills it, and deletes the server's data
 * directory. It ignores SIGINT and SIGHUP so that a Ctrl-C in the terminal, which reaches the whole process
 * group, does not take the watchdog down before it has done its work.
 */
final class OrphanReaper {

    private static final String SCRIPT = String.join("\n",
            "trap '' INT HUP",
            "jvm=$1; server=$2; signal=$3; shift 3",
            // a zombie (state Z: exited, not yet reaped by init) counts as gone
            "alive() { kill -0 \"$1\" 2>/dev/null && [ \"$(sed -n 's/.*) \\(.\\).*/\\1/p' /proc/$1/stat 2>/dev/null)\" != Z ]; }",
            "while alive \"$jvm\" && alive \"$server\"; do sleep 0.5; done",
            "alive \"$jvm\" && exit 0",
            "if alive \"$server\"; then",
            "  kill -\"$signal\" \"$server\" 2>/dev/null",
            "  n=0",
            "  while alive \"$server\" && [ \"$n\" -lt 20 ]; do sleep 0.5; n=$((n+1)); done",
            "  kill -KILL \"$server\" 2>/dev/null",
            "fi",
            "rm -rf -- \"$@\"");

    private OrphanReaper() {
    }

    /**
     * Starts the watchdog of one server process.
     *
     * @param serverPid the process to stop when this JVM disappears
     * @param signal the polite signal to send first ({@code TERM}, {@code INT}, ...)
     * @param leftovers files and directories to delete once the server is gone
     */
    static void watch(long serverPid, String signal, Path... leftovers) {
        List<String> command = new ArrayList<>(List.of("sh", "-c", SCRIPT, "rasmi-test-kit-reaper",
                Long.toString(ProcessHandle.current().pid()), Long.toString(serverPid), signal));
        for (Path leftover : leftovers) {
            command.add(leftover.toAbsolutePath().toString());
        }
        try {
            new ProcessBuilder(command)
                    .redirectInput(new File("/dev/null"))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the watchdog of process " + serverPid, e);
        }
    }
}
