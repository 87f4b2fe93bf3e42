package io.rasmi.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the kit writes its logs, and how it finds free ports. */
final class WorkFiles {

    private WorkFiles() {
    }

    /**
     * A log file of the kit: in {@code target/rasmi-test-kit/} of the module under test when there is a
     * {@code target} directory (Maven runs tests from the module directory), else in the temp directory.
     */
    static Path logFile(String name) {
        Path target = Path.of("target");
        Path directory = Files.isDirectory(target)
                ? target.resolve("rasmi-test-kit")
                : Path.of(System.getProperty("java.io.tmpdir"), "rasmi-test-kit-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory.resolve(name).toAbsolutePath();
    }

    /** {@code count} distinct ports that were free on 127.0.0.1 a moment ago. */
    static int[] freePorts(int count) {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets[i].setReuseAddress(true);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // nothing to do
                    }
                }
            }
        }
    }
}
