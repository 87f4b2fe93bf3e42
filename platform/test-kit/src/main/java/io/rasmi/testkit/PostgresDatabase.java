package io.rasmi.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * One database on the kit's PostgreSQL server, owned by a login role of its own (not a superuser, as in
 * production). The server trusts connections from 127.0.0.1, so the password is not checked; it is given anyway
 * so that a service configures its datasource exactly as elsewhere.
 */
public record PostgresDatabase(String name, String jdbcUrl, String username, String password) {

    /** The configuration a Quarkus service needs for its default datasource. */
    public Map<String, String> quarkusConfig() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", username,
                "quarkus.datasource.password", password);
    }

    /** A new JDBC connection as the owner of this database. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    static PostgresDatabase of(Map<String, String> fields) {
        return new PostgresDatabase(fields.get("name"), fields.get("jdbcUrl"), fields.get("username"), fields.get("password"));
    }

    Map<String, String> fields() {
        return Map.of("name", name, "jdbcUrl", jdbcUrl, "username", username, "password", password);
    }
}
