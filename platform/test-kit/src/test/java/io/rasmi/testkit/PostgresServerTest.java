package io.rasmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void eachStartGivesANewCleanDatabaseOnTheSameServer() throws SQLException {
        PostgresTestResource first = new PostgresTestResource();
        first.init(Map.of("database", "kit"));
        Map<String, String> firstConfig = first.start();

        assertEquals("postgresql", firstConfig.get("quarkus.datasource.db-kind"));
        assertEquals("kit", firstConfig.get("quarkus.datasource.username"));
        String firstUrl = firstConfig.get("quarkus.datasource.jdbc.url");
        assertTrue(firstUrl.startsWith("jdbc:postgresql://127.0.0.1:"), firstUrl);
        try (Connection connection = connect(firstConfig); Statement statement = connection.createStatement()) {
            assertTrue(single(statement, "SELECT version()").startsWith("PostgreSQL 17."));
            assertEquals("kit", single(statement, "SELECT current_user"));
            assertEquals("false", single(statement, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"));
            assertEquals("C.UTF-8", single(statement, "SELECT datlocale FROM pg_database WHERE datname = current_database()"));
            statement.execute("CREATE TABLE note (id bigint PRIMARY KEY, body text NOT NULL)");
            statement.execute("INSERT INTO note VALUES (1, 'مرحبا')");
            assertEquals("مرحبا", single(statement, "SELECT body FROM note"));
        }

        PostgresTestResource second = new PostgresTestResource();
        second.init(Map.of("database", "kit"));
        Map<String, String> secondConfig = second.start();
        String secondUrl = secondConfig.get("quarkus.datasource.jdbc.url");
        assertNotEquals(firstUrl, secondUrl);
        assertEquals(URI.create(firstUrl.substring(5)).getPort(), URI.create(secondUrl.substring(5)).getPort());
        try (Connection connection = connect(secondConfig); Statement statement = connection.createStatement()) {
            assertEquals("0", single(statement, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'note'"));
        }

        first.stop();
        assertThrows(SQLException.class, () -> connect(firstConfig).close(), "the stopped resource's database is dropped");
        second.stop();
    }

    @Test
    void rejectsNamesThatAreNotPlainIdentifiers() {
        assertThrows(IllegalArgumentException.class, () -> PostgresServer.createDatabase("x\"; DROP DATABASE postgres; --"));
        assertThrows(IllegalArgumentException.class, () -> PostgresServer.createDatabase("Account"));
    }

    @Test
    void serverStaysTheSame() {
        assertEquals(PostgresServer.port(), PostgresServer.port());
        assertFalse(PostgresServer.pid() <= 0);
    }

    private static Connection connect(Map<String, String> config) throws SQLException {
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next());
            return result.getString(1);
        }
    }
}
