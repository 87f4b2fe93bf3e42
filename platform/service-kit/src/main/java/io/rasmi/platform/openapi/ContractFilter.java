package io.rasmi.platform.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.internal.models.media.SchemaSupport;
import io.rasmi.platform.problem.Problem;

/**
 * Makes every service's OpenAPI document say what the kit does for all of them, so clients generated from it
 * (other government systems) behave as the service does:
 * <ul>
 * <li>{@code /public} operations need no token ({@code security: []});</li>
 * <li>{@code servers} is set (relative: the host that serves the document);</li>
 * <li>where {@code If-Match} is read a stale one answers 412; where it is declared required a missing one answers 428; the answers
 * carry the record's {@code ETag};</li>
 * <li>every response header has a schema, and every refusal (4xx, 5xx) is an {@code application/problem+json}
 * problem;</li>
 * <li>request bodies refuse unknown properties ({@code additionalProperties: false}), as Jackson does
 * ({@code fail-on-unknown-properties});</li>
 * <li>patterns are anchored, as Bean Validation applies them (a JSON Schema pattern matches anywhere);</li>
 * <li>a property that only wraps a plain type ({@code allOf: [$ref: Instant]}, to carry a description or
 * {@code nullable}) gets that type inline, and a nullable reference to an object makes the object nullable, so
 * validators accept the {@code null} the service writes;</li>
 * <li>schemas nothing refers to (entities, events scanned with the classes) are left out.</li>
 * </ul>
 * The problem answers every operation can give are added first, by {@link ProblemResponsesFilter}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    static final String IF_MATCH = "If-Match";
    private static final String SCHEMA_PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/")
                    .description("The host that serves this document; each service has its own"));
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach(this::describe);
        }
        forbidUnknownProperties(openAPI);
        describeMergePatches(openAPI);
        everySchema(openAPI).forEach(schema -> {
            anchorPattern(schema);
            resolveSingleReference(schema, schemas(openAPI));
        });
        dropUnusedSchemas(openAPI);
    }

    private void describe(String path, PathItem item) {
        boolean versioned = false;
        for (Operation operation : item.getOperations().values()) {
            versioned |= ifMatchOf(operation) != null;
        }
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
            Operation operation = entry.getValue();
            if (path.startsWith("/public/")) {
                operation.setSecurity(new ArrayList<>());
            }
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                continue;
            }
            Parameter ifMatch = ifMatchOf(operation);
            if (ifMatch != null) {
                // Required only where the operation says so (@Parameter(required = true)); elsewhere it is optional.
                boolean required = Boolean.TRUE.equals(ifMatch.getRequired());
                if (ifMatch.getSchema() == null) {
                    ifMatch.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                }
                if (ifMatch.getDescription() == null) {
                    ifMatch.setDescription("The ETag of the record as last read, such as \"3\"");
                }
                addProblem(responses, "412", "The record changed since it was read (stale If-Match)");
                if (required) {
                    addProblem(responses, "428", "If-Match is missing");
                }
            }
            if (versioned && (ifMatch != null || entry.getKey() == PathItem.HttpMethod.GET)) {
                APIResponse ok = responses.getAPIResponse("200");
                if (ok != null && (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag"))) {
                    ok.addHeader("ETag", OASFactory.createHeader()
                            .description("The record's version; send it back in If-Match to change it"));
                }
            }
            if (responses.getAPIResponses() != null) {
                responses.getAPIResponses().values().forEach(ContractFilter::typeHeaders);
                responses.getAPIResponses().forEach(ContractFilter::problemWhenRefused);
            }
        }
    }

    private static Parameter ifMatchOf(Operation operation) {
        if (operation.getParameters() == null) {
            return null;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                return parameter;
            }
        }
        return null;
    }

    private static void addProblem(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
        }
    }

    /** Every refusal is a problem (the kit's mappers see to it), even where a resource only wrote a description. */
    private static void problemWhenRefused(String status, APIResponse response) {
        if (status.length() == 3 && status.charAt(0) >= '4' && response.getRef() == null
                && (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty())) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        }
    }

    /** A header without a schema is not valid OpenAPI; all the kit's headers are strings but Retry-After. */
    private static void typeHeaders(APIResponse response) {
        if (response.getHeaders() == null) {
            return;
        }
        for (Map.Entry<String, Header> header : response.getHeaders().entrySet()) {
            if (header.getValue().getSchema() == null && header.getValue().getContent() == null
                    && header.getValue().getRef() == null) {
                Schema schema = "Retry-After".equalsIgnoreCase(header.getKey())
                        ? OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO)
                                .description("Seconds to wait")
                        : OASFactory.createSchema().addType(Schema.SchemaType.STRING);
                header.getValue().setSchema(schema);
            }
        }
    }

    /** Every schema a request body reaches refuses properties it does not name, as the service does. */
    private static void forbidUnknownProperties(OpenAPI openAPI) {
        Map<String, Schema> named = schemas(openAPI);
        Deque<Schema> pending = new ArrayDeque<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getRequestBody() != null) {
                        pending.addAll(schemasOf(operation.getRequestBody().getContent()));
                    }
                }
            }
        }
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null) {
                pending.push(named.get(nameOf(schema.getRef())));
                continue;
            }
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()
                    && schema.getAdditionalPropertiesSchema() == null && schema.getAdditionalPropertiesBoolean() == null
                    && schema.getAllOf() == null && schema.getOneOf() == null && schema.getAnyOf() == null) {
                schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
            }
            children(schema, pending);
        }
    }

    private static void anchorPattern(Schema schema) {
        String pattern = schema.getPattern();
        // "\\S" is how @NotBlank is documented: a non-space anywhere, so it stays unanchored.
        if (pattern != null && !"\\S".equals(pattern) && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
    }

    /**
     * The model keeps {@code $ref} with siblings (a description, {@code nullable}), which OpenAPI 3.0 writes as
     * {@code allOf: [$ref]}: validators then refuse the {@code null} the service writes. A reference to a plain type
     * (Instant, UUID) is written inline instead; a nullable reference to an object makes that object nullable.
     */
    /** Plain types SmallRye refers to before it adds their components. */
    private static final Map<String, String> PLAIN = Map.of("Instant", "date-time", "OffsetDateTime", "date-time",
            "LocalDate", "date", "UUID", "uuid");

    private static void resolveSingleReference(Schema schema, Map<String, Schema> named) {
        String ref = schema.getRef();
        if (ref == null && schema.getAllOf() != null && schema.getAllOf().size() == 1
                && schema.getAllOf().get(0).getRef() != null) {
            ref = schema.getAllOf().get(0).getRef();
        }
        if (ref == null) {
            return;
        }
        boolean nullable = Boolean.TRUE.equals(SchemaSupport.getNullable(schema))
                || (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL));
        if (!nullable) {
            return;
        }
        String name = nameOf(ref);
        Schema target = named.get(name);
        boolean plain = PLAIN.containsKey(name) || (target != null
                && (target.getProperties() == null || target.getProperties().isEmpty()) && target.getType() != null
                && !target.getType().contains(Schema.SchemaType.OBJECT) && target.getAllOf() == null);
        if (plain) {
            schema.setRef(null);
            schema.setAllOf(null);
            schema.setType(new ArrayList<>(List.of(Schema.SchemaType.STRING)));
            schema.setFormat(target != null && target.getFormat() != null ? target.getFormat() : PLAIN.get(name));
            if (target != null && target.getEnumeration() != null) {
                schema.setEnumeration(new ArrayList<>(target.getEnumeration()));
            }
            SchemaSupport.setNullable(schema, Boolean.TRUE);
        } else if (target != null) {
            // OpenAPI 3.0 cannot say "this reference, or null" without a type beside it: the object itself says it.
            SchemaSupport.setNullable(target, Boolean.TRUE);
            SchemaSupport.setNullable(schema, null);
            if (schema.getType() != null) {
                List<Schema.SchemaType> types = new ArrayList<>(schema.getType());
                types.remove(Schema.SchemaType.NULL);
                schema.setType(types.isEmpty() ? null : types);
            }
        }
    }

    /** Every schema of the document: components, parameters, bodies, headers, and all they contain. */
    private static List<Schema> everySchema(OpenAPI openAPI) {
        Deque<Schema> pending = new ArrayDeque<>(schemas(openAPI).values());
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(parameter -> pending.add(parameter.getSchema()));
                    }
                    if (operation.getRequestBody() != null) {
                        pending.addAll(schemasOf(operation.getRequestBody().getContent()));
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                            pending.addAll(schemasOf(response.getContent()));
                        }
                    }
                }
            }
        }
        List<Schema> all = new ArrayList<>();
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            all.add(schema);
            children(schema, pending);
        }
        return all;
    }

    /** Schemas no operation reaches (entities and events scanned with the classes) only confuse generators. */
    private static void dropUnusedSchemas(OpenAPI openAPI) {
        Map<String, Schema> named = schemas(openAPI);
        if (named.isEmpty()) {
            return;
        }
        Deque<Schema> pending = new ArrayDeque<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getRequestBody() != null) {
                        pending.addAll(schemasOf(operation.getRequestBody().getContent()));
                    }
                    if (operation.getParameters() != null) {
                        for (Parameter parameter : operation.getParameters()) {
                            pending.add(parameter.getSchema());
                        }
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                            pending.addAll(schemasOf(response.getContent()));
                            if (response.getHeaders() != null) {
                                response.getHeaders().values().forEach(h -> pending.add(h.getSchema()));
                            }
                        }
                    }
                }
            }
        }
        Set<String> used = new HashSet<>();
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = nameOf(schema.getRef());
                used.add(name);
                pending.push(named.get(name));
                continue;
            }
            children(schema, pending);
        }
        for (String name : List.copyOf(named.keySet())) {
            if (!used.contains(name)) {
                openAPI.getComponents().removeSchema(name);
            }
        }
    }

    private static void children(Schema schema, Deque<Schema> pending) {
        if (schema.getProperties() != null) {
            pending.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            pending.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            pending.add(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> group : new ArrayList<>(java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(),
                schema.getAnyOf()))) {
            if (group != null) {
                pending.addAll(group);
            }
        }
        if (schema.getNot() != null) {
            pending.add(schema.getNot());
        }
    }

    /**
     * A JSON merge patch (RFC 7396, the body of every PATCH) names only the fields it changes and clears a field with
     * null: its schema requires nothing, and each plain field may be null. The service checks the merged record.
     */
    private static void describeMergePatches(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> named = schemas(openAPI);
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            Operation patch = item.getPATCH();
            if (patch == null || patch.getRequestBody() == null) {
                continue;
            }
            for (Schema body : schemasOf(patch.getRequestBody().getContent())) {
                Schema schema = body != null && body.getRef() != null ? named.get(nameOf(body.getRef())) : body;
                if (schema == null) {
                    continue;
                }
                schema.setRequired(null);
                if (schema.getProperties() != null) {
                    schema.getProperties().values().stream().filter(property -> property.getRef() == null)
                            .forEach(property -> SchemaSupport.setNullable(property, Boolean.TRUE));
                }
            }
        }
    }

    private static List<Schema> schemasOf(Content content) {
        List<Schema> found = new ArrayList<>();
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType type : content.getMediaTypes().values()) {
                found.add(type.getSchema());
            }
        }
        return found;
    }

    private static Map<String, Schema> schemas(OpenAPI openAPI) {
        Map<String, Schema> named = openAPI.getComponents().getSchemas();
        return named == null ? Map.of() : named;
    }

    private static String nameOf(String ref) {
        return ref.startsWith(SCHEMA_PREFIX) ? ref.substring(SCHEMA_PREFIX.length()) : ref;
    }
}
