package io.rasmi.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * Checks a running service against the roles its own OpenAPI document declares: every operation under
 * {@code /api/} must list its roles in {@value #ROLES_EXTENSION} (written by the service-kit from
 * {@code @RolesAllowed}), and must refuse a caller who may not call it: no token → 401; a token of the right
 * entity with no role → 403; a token with any one realm role the operation does not name → 403. Path parameters
 * are random UUIDs and a body is {@code {}}, so only the refusals are checked, never what a permitted role gets.
 *
 * <pre>{@code
 * @TestHTTPResource("/") URI root;
 * RoleMatrix matrix = RoleMatrix.of(root, Roles.ALL);
 * assertThat(matrix.operationsWithoutRoles()).isEmpty();
 * assertThat(matrix.wrongAnswers()).isEmpty();
 * }</pre>
 */
public final class RoleMatrix {

    /** The operation extension that lists the roles allowed to call it. */
    public static final String ROLES_EXTENSION = "x-rasmi-roles";
    /** The entity of the matrix's tokens unless {@link #entity(String)} says otherwise. */
    public static final String DEFAULT_ENTITY = "moh";

    private static final Pattern TEMPLATE = Pattern.compile("\\{[^}]+}");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final URI root;
    private final List<String> realmRoles;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String entity = DEFAULT_ENTITY;
    private List<Operation> operations;

    private RoleMatrix(URI root, Collection<String> realmRoles) {
        this.root = root;
        this.realmRoles = List.copyOf(realmRoles);
    }

    /** The service at {@code root} (e.g. {@code http://localhost:8081/}), with every role of the realm. */
    public static RoleMatrix of(URI root, Collection<String> realmRoles) {
        if (realmRoles.isEmpty()) {
            throw new IllegalArgumentException("The realm's roles are needed to find the ones an operation does not name");
        }
        return new RoleMatrix(root, realmRoles);
    }

    /** The tenant of the callers' tokens (default {@value #DEFAULT_ENTITY}). */
    public RoleMatrix entity(String entity) {
        this.entity = entity;
        return this;
    }

    /**
     * One operation of the document: method, path template, declared roles (empty when none), body media type (none
     * without a body) and description.
     */
    public record Operation(String method, String path, List<String> roles, String bodyType, String description) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every operation under {@code /api/} (and {@code /taxii2/}) of the service's document at {@code /q/openapi?format=json}. */
    public synchronized List<Operation> operations() {
        if (operations == null) {
            operations = read(getJson(root.resolve("/q/openapi?format=json")));
        }
        return operations;
    }

    /** The operations under {@code /api/} that declare no roles; must be empty. */
    public List<String> operationsWithoutRoles() {
        return operations().stream().filter(operation -> operation.roles().isEmpty()).map(Operation::toString).toList();
    }

    /**
     * The operations whose description does not begin with their declared roles ({@code Roles: a, b.}, or
     * {@code Roles: a, b (why).}) or states roles a second time; must be empty.
     */
    public List<String> descriptionsNotStatingRoles() {
        return operations().stream().filter(operation -> !operation.roles().isEmpty())
                .filter(operation -> !(operation.description().startsWith(rolesLine(operation) + ".")
                        || operation.description().startsWith(rolesLine(operation) + " ("))
                        || operation.description().indexOf("Roles:", 1) >= 0)
                .map(operation -> operation + ": " + operation.description())
                .toList();
    }

    private static String rolesLine(Operation operation) {
        return "Roles: " + String.join(", ", operation.roles());
    }

    /**
     * Calls every operation as each caller that may not call it and lists each answer that is not the refusal
     * expected (401 without a token, 403 otherwise); must be empty. Operations without declared roles are left to
     * {@link #operationsWithoutRoles()}.
     */
    public List<String> wrongAnswers() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("a token of " + entity + " with no role", TestTokens.user("role-matrix").entity(entity).token());
        for (String role : realmRoles) {
            tokens.put("role " + role, TestTokens.user("role-matrix-" + role).entity(entity).roles(role).token());
        }
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations()) {
            if (operation.roles().isEmpty()) {
                continue;
            }
            expect(wrong, operation, "no token", null, 401);
            for (Map.Entry<String, String> caller : tokens.entrySet()) {
                String role = caller.getKey().startsWith("role ") ? caller.getKey().substring(5) : null;
                if (role == null || !operation.roles().contains(role)) {
                    expect(wrong, operation, caller.getKey(), caller.getValue(), 403);
                }
            }
        }
        return wrong;
    }

    private void expect(List<String> wrong, Operation operation, String caller, String token, int status) {
        HttpResponse<String> response = call(operation, token);
        if (response.statusCode() != status) {
            String body = response.body() == null ? "" : response.body();
            wrong.add(operation + " as " + caller + ": expected " + status + ", got " + response.statusCode() + " "
                    + body.substring(0, Math.min(body.length(), 200)));
        }
    }

    private HttpResponse<String> call(Operation operation, String token) {
        Matcher template = TEMPLATE.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (template.find()) {
            template.appendReplacement(path, UUID.randomUUID().toString());
        }
        template.appendTail(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path.toString()))
                .timeout(Duration.ofSeconds(30))
                // JSON first; anything else after it, for operations that answer only their own media type (TAXII).
                .header("Accept", "application/json, */*;q=0.1");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (operation.bodyType() != null) {
            request.header("Content-Type", operation.bodyType())
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(operation + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + operation, e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Operation> read(Map<String, Object> document) {
        Object paths = document.get("paths");
        if (!(paths instanceof Map<?, ?> pathItems)) {
            throw new IllegalStateException("The OpenAPI document has no paths");
        }
        List<Operation> found = new ArrayList<>();
        for (Map.Entry<?, ?> item : pathItems.entrySet()) {
            String path = item.getKey().toString();
            // /taxii2 (the CERT's TAXII server) is protected like /api.
            boolean protectedPath = path.startsWith("/api/") || path.startsWith("/taxii2");
            if (!protectedPath || !(item.getValue() instanceof Map<?, ?> methods)) {
                continue;
            }
            for (String method : METHODS) {
                if (methods.get(method) instanceof Map<?, ?> operation) {
                    found.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path,
                            roles(operation.get(ROLES_EXTENSION)), bodyType((Map<String, Object>) operation),
                            operation.get("description") == null ? "" : operation.get("description").toString()));
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("The OpenAPI document has no operation under /api/");
        }
        return found;
    }

    private static List<String> roles(Object declared) {
        if (declared instanceof Collection<?> roles) {
            return roles.stream().map(Object::toString).toList();
        }
        return List.of();
    }

    private static String bodyType(Map<String, Object> operation) {
        if (operation.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content
                && !content.isEmpty()) {
            String type = content.keySet().iterator().next().toString();
            return type.contains("*") ? "application/json" : type;
        }
        return null;
    }

    private Map<String, Object> getJson(URI url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
            }
            return JsonUtil.parseJson(response.body());
        } catch (IOException | JoseException e) {
            throw new IllegalStateException("GET " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + url, e);
        }
    }
}
