package io.rasmi.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;

/**
 * A test JVM of its own for {@link OrphanReaperTest} and {@link RootlessPostgresTest}: starts the servers its
 * arguments name ({@code postgres}, {@code kafka}), prints {@code KEY=value} lines about them and {@code READY}, then
 * waits to be killed.
 */
public final class ServersProbe {

    private ServersProbe() {
    }

    public static void main(String[] args) throws Exception {
        List<String> servers = List.of(args);
        if (servers.contains("postgres")) {
            PostgresDatabase database = PostgresServer.createDatabase("probe");
            try (Connection connection = database.connect();
                    ResultSet result = connection.createStatement().executeQuery("SELECT current_user")) {
                result.next();
                report("POSTGRES_USER", result.getString(1));
            }
            long pid = PostgresServer.pid();
            report("POSTGRES_PID", pid);
            report("POSTGRES_UID", uidOf(pid));
            report("POSTGRES_MODE", RootlessPostgres.mode());
            report("POSTGRES_DATA", PostgresServer.dataDirectoryHere());
        }
        if (servers.contains("kafka")) {
            KafkaBroker.start();
            report("KAFKA_PID", KafkaBroker.pid());
            report("KAFKA_HOME", KafkaBroker.homeHere());
        }
        report("READY", "yes");
        Thread.sleep(Long.MAX_VALUE);
    }

    /** The real user id of a process, from {@code /proc/<pid>/status}. */
    static String uidOf(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("Uid:"))
                .map(line -> line.split("\\s+")[1])
                .findFirst().orElseThrow();
    }

    private static void report(String key, Object value) {
        System.out.println(key + "=" + value);
        System.out.flush();
    }
}
