package io.rasmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The role matrix against a small HTTP server whose OpenAPI document and answers are known. */
class RoleMatrixTest {

    private static final List<String> ROLES = List.of("entity-admin", "publisher", "kpi-ingest");
    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {
              "/api/v1/guarded/{id}": {
                "get": {"x-rasmi-roles": ["entity-admin"], "description": "Roles: entity-admin. One thing."},
                "patch": {"x-rasmi-roles": ["entity-admin"],
                          "requestBody": {"content": {"application/merge-patch+json": {}}}}
              },
              "/api/v1/leaky": {"get": {"x-rasmi-roles": ["entity-admin"],
                                        "description": "Roles: entity-admin. Roles: any Rasmi role of the entity."}},
              "/api/v1/undeclared": {"post": {"requestBody": {"content": {"application/json": {}}}}},
              "/public/v1/open": {"get": {}}
            }}
            """;

    private static HttpServer server;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/openapi", exchange -> answer(exchange, 200, DOCUMENT));
        // Refuses every token, as a service does for roles the operation does not name; needs a UUID for {id}.
        server.createContext("/api/v1/guarded/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/api/v1/guarded/".length());
            if (!isUuid(id)) {
                answer(exchange, 404, "{}");
            } else if ("PATCH".equals(exchange.getRequestMethod())
                    && !"application/merge-patch+json".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                answer(exchange, 415, "{}");
            } else {
                answer(exchange, exchange.getRequestHeaders().containsKey("Authorization") ? 403 : 401, "{}");
            }
        });
        // Answers any token, like an operation that is only @Authenticated.
        server.createContext("/api/v1/leaky", exchange ->
                answer(exchange, exchange.getRequestHeaders().containsKey("Authorization") ? 200 : 401, "[]"));
        server.createContext("/api/v1/undeclared", exchange -> answer(exchange, 200, "{}"));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static RoleMatrix matrix() {
        return RoleMatrix.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), ROLES);
    }

    @Test
    void shouldListTheApiOperationsWithoutDeclaredRoles() {
        assertEquals(List.of("POST /api/v1/undeclared"), matrix().operationsWithoutRoles());
        assertEquals(4, matrix().operations().size(), "operations under /api/ only");
    }

    @Test
    void shouldReportEveryCallerAnOperationAnswersInsteadOfRefusing() {
        List<String> wrong = matrix().wrongAnswers();

        // The leaky operation answers the token with no role and each role it does not name, never entity-admin.
        assertEquals(3, wrong.size(), String.join("\n", wrong));
        assertTrue(wrong.stream().allMatch(line -> line.startsWith("GET /api/v1/leaky as ")), String.join("\n", wrong));
        assertTrue(wrong.stream().anyMatch(line -> line.contains("as a token of moh with no role: expected 403, got 200")));
        assertTrue(wrong.stream().anyMatch(line -> line.contains("as role kpi-ingest: expected 403, got 200")));
        assertTrue(wrong.stream().noneMatch(line -> line.contains("role entity-admin")));
    }

    @Test
    void shouldReportDescriptionsThatDoNotStartWithTheDeclaredRolesOrStateThemTwice() {
        assertEquals(List.of("PATCH /api/v1/guarded/{id}: ",
                "GET /api/v1/leaky: Roles: entity-admin. Roles: any Rasmi role of the entity."),
                matrix().descriptionsNotStatingRoles());
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
