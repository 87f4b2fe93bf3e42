package io.rasmi.testkit;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh PostgreSQL 17 database for a {@code @QuarkusTest} application, on the JVM's one {@link PostgresServer}.
 * <p>
 * Init arg {@code database} (default {@code rasmi}): the base name; each start creates {@code <database>_<n>},
 * owned by the role {@code <database>}. Returns {@code quarkus.datasource.db-kind}, {@code .jdbc.url},
 * {@code .username} and {@code .password}. Stop drops the database; the server stays up until the JVM ends.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String baseName = "rasmi";
    private PostgresDatabase database;

    @Override
    public void init(Map<String, String> initArgs) {
        baseName = initArgs.getOrDefault("database", baseName);
    }

    @Override
    public Map<String, String> start() {
        database = PostgresServer.createDatabase(baseName);
        return new HashMap<>(database.quarkusConfig());
    }

    @Override
    public void stop() {
        if (database != null) {
            PostgresServer.dropDatabase(database.name());
            database = null;
        }
    }

    /** The database of the last {@link #start()}, or {@code null} when stopped. */
    public PostgresDatabase database() {
        return database;
    }
}
