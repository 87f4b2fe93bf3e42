package io.rasmi.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The test JVM's PostgreSQL 17 server: zonky's embedded binaries, started on first use on a free port of
 * 127.0.0.1, stopped by a shutdown hook, and by a watchdog process should the JVM be killed
 * ({@link OrphanReaper}). When the tests run as root, see {@link RootlessPostgres}.
 * <p>
 * One server per JVM whatever the class loader ({@link JvmWide}); each {@link #createDatabase(String)} gives a new,
 * empty database. Server output goes to {@code target/rasmi-test-kit/postgres.log}.
 */
public final class PostgresServer {

    private static final Logger LOG = Logger.getLogger(PostgresServer.class);
    private static final Class<?> OWNER = JvmWide.ownerOf(PostgresServer.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static EmbeddedPostgres postgres;
    private static long pid;
    private static Path dataDirectory;

    private PostgresServer() {
    }

    /**
     * Creates a new database named {@code baseName_<n>} (n counts up within the JVM), owned by the login role
     * {@code baseName} (created on first use, password {@code baseName}). Starts the server if needed.
     *
     * @param baseName lower case letters, digits and underscores, starting with a letter
     */
    public static PostgresDatabase createDatabase(String baseName) {
        if (OWNER != null) {
            @SuppressWarnings("unchecked")
            Map<String, String> fields = (Map<String, String>) JvmWide.call(OWNER, "createDatabaseHere",
                    new Class<?>[] { String.class }, baseName);
            return PostgresDatabase.of(fields);
        }
        return PostgresDatabase.of(createDatabaseHere(baseName));
    }

    /** Drops a database made by {@link #createDatabase(String)}, closing its connections first. */
    public static void dropDatabase(String name) {
        if (OWNER != null) {
            JvmWide.call(OWNER, "dropDatabaseHere", new Class<?>[] { String.class }, name);
            return;
        }
        dropDatabaseHere(name);
    }

    /** The server's port on 127.0.0.1, starting the server if needed. */
    public static int port() {
        if (OWNER != null) {
            return (Integer) JvmWide.call(OWNER, "portHere", new Class<?>[0]);
        }
        return portHere();
    }

    /** The process id of the postmaster (for the kit's own tests), starting the server if needed. */
    static long pid() {
        if (OWNER != null) {
            return (Long) JvmWide.call(OWNER, "pidHere", new Class<?>[0]);
        }
        return pidHere();
    }

    /** The data directory (for the kit's own tests); only in the owning copy, after the start. */
    static synchronized Path dataDirectoryHere() {
        return dataDirectory;
    }

    static synchronized Map<String, String> createDatabaseHere(String baseName) {
        if (baseName == null || !NAME.matcher(baseName).matches()) {
            throw new IllegalArgumentException("Database base name must match " + NAME + ": " + baseName);
        }
        EmbeddedPostgres server = started();
        String database = baseName + "_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + baseName + "') THEN "
                    + "CREATE ROLE \"" + baseName + "\" LOGIN PASSWORD '" + baseName + "'; END IF; END $$");
            statement.execute("CREATE DATABASE \"" + database + "\" OWNER \"" + baseName + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + ": " + e.getMessage(), e);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database;
        LOG.infof("Created database %s (%s)", database, url);
        return new PostgresDatabase(database, url, baseName, baseName).fields();
    }

    static synchronized void dropDatabaseHere(String name) {
        if (postgres == null || name == null || !NAME.matcher(name).matches()) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        } catch (SQLException e) {
            LOG.warnf("Could not drop database %s: %s", name, e.getMessage());
        }
    }

    static synchronized int portHere() {
        return started().getPort();
    }

    static synchronized long pidHere() {
        started();
        return pid;
    }

    private static EmbeddedPostgres started() {
        if (postgres != null) {
            return postgres;
        }
        long begin = System.nanoTime();
        RootlessPostgres.Mode mode = RootlessPostgres.mode();
        Path log = WorkFiles.logFile("postgres.log");
        try {
            Path data = Files.createTempDirectory("rasmi-pg-");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // the same collation and case rules on every machine, whatever its locale settings
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("full_page_writes", "off")
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()));
            String runsAs = switch (mode) {
                case NOT_ROOT -> System.getProperty("user.name");
                case USER_NAMESPACE -> "root, in a user namespace (unshare -U)";
                case UNPRIVILEGED_USER -> {
                    RootlessPostgres.UnprivilegedUser user = RootlessPostgres.unprivilegedUser();
                    RootlessPostgres.handOver(data, user);
                    builder.setPgBinaryResolver(RootlessPostgres.binariesRunningAs(user));
                    yield user.name() + " (uid " + user.uid() + ")";
                }
            };
            EmbeddedPostgres server;
            try {
                server = builder.start();
            } catch (RuntimeException | IOException e) {
                throw new IllegalStateException("PostgreSQL did not start (" + e.getMessage() + "); see " + log, e);
            }
            pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.US_ASCII).get(0).trim());
            OrphanReaper.watch(pid, "INT", data);
            postgres = server;
            dataDirectory = data;
            LOG.infof("PostgreSQL 17 on 127.0.0.1:%d started in %d ms, pid %d, runs as %s; log %s", server.getPort(),
                    (System.nanoTime() - begin) / 1_000_000, pid, runsAs, log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start; see " + log, e);
        }
    }
}
