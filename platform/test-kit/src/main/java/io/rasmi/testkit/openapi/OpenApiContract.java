package io.rasmi.testkit.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every RestAssured exchange of every {@code @QuarkusTest} to the OpenAPI document the application under
 * test serves at {@code /q/openapi}: other government systems generate their clients from that document, so a
 * response that breaks its schema, or a request the service accepts but the document refuses, fails the test.
 * Installed for all services by {@link InstallOpenApiContract}.
 * <p>
 * What is checked:
 * <ul>
 * <li>every response, always: its status is documented for the operation, its headers and body match;</li>
 * <li>the request, only when the service accepted it (status below 400). Tests send bad input on purpose (a
 * missing If-Match, an unknown field, a NUL character) to see the service refuse it; such a request is rightly
 * outside the document, and the refusal itself is still checked as a response. A request the service accepts must
 * be one the document allows, or a generated client could not send it.</li>
 * </ul>
 * Paths under {@code /q/} (health, metrics, the document itself), and OPTIONS and HEAD (which HTTP itself defines
 * for every path) are not part of the document and are not checked; a
 * path or method the document does not know is fine only when the service refuses it too (404, 405).
 */
public final class OpenApiContract implements Filter {

    private static final Set<String> UNKNOWN_OPERATION = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One validator per running application (base URI and port), built from its document on first use. */
    private final Map<String, Optional<OpenApiInteractionValidator>> validators = new ConcurrentHashMap<>();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
            FilterContext context) {
        Response response = context.next(request, expected);
        Request sent = RestAssuredRequest.of(request);
        if (sent.getPath().startsWith("/q/") || sent.getMethod() == Request.Method.OPTIONS
                || sent.getMethod() == Request.Method.HEAD) {
            return response;
        }
        Optional<OpenApiInteractionValidator> validator = validators.computeIfAbsent(
                request.getBaseUri() + ":" + request.getPort(), key -> load(request.getBaseUri(), request.getPort()));
        if (validator.isEmpty()) {
            return response;
        }
        int status = response.getStatusCode();
        ValidationReport report = validator.get().validateResponse(sent.getPath(), sent.getMethod(),
                RestAssuredResponse.of(response));
        if (status < 400) {
            report = validator.get().validateRequest(sent).merge(report);
        }
        List<ValidationReport.Message> broken = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> status < 400 || !UNKNOWN_OPERATION.contains(message.getKey()))
                .toList();
        if (!broken.isEmpty()) {
            throw new AssertionError(sent.getMethod() + " " + sent.getPath() + " answered " + status
                    + ", which the OpenAPI document does not describe:\n"
                    + SimpleValidationReportFormat.getInstance().apply(ValidationReport.from(broken))
                    + "\nBody: " + abbreviate(response.asString()));
        }
        return response;
    }

    private static Optional<OpenApiInteractionValidator> load(String baseUri, int port) {
        URI document = URI.create(baseUri + ":" + port + "/q/openapi?format=json");
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(document).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(OpenApiInteractionValidator.createForInlineApiSpecification(withoutUnicodeClasses(
                    answer.body()))
                    // The tests send real tokens, which RestAssured adds after the filters; the service checks them.
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                            .build())
                    .build());
        } catch (IOException unreachable) {
            throw new IllegalStateException("The OpenAPI document could not be read from " + document, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + document, interrupted);
        }
    }

    /**
     * The validator checks patterns with Rhino, an ECMAScript 5 engine, which reads {@code \p{L}} as the letter p.
     * Patterns with Unicode property classes (valid ECMAScript since 2018, with the u flag) are left out of this
     * check; the service applies them with Bean Validation and its own tests try them.
     */
    static String withoutUnicodeClasses(String document) throws IOException {
        JsonNode root = JSON.readTree(document);
        List<JsonNode> pending = new java.util.ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            JsonNode node = pending.remove(pending.size() - 1);
            if (node instanceof ObjectNode object) {
                JsonNode pattern = object.get("pattern");
                if (pattern != null && pattern.isTextual() && pattern.asText().contains("\\p{")) {
                    object.remove("pattern");
                }
            }
            node.forEach(pending::add);
        }
        return JSON.writeValueAsString(root);
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
