package io.rasmi.platform.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.rasmi.platform.problem.Problem;

/**
 * Documents the problem answers every protected operation can give, once for all services, so resources only
 * declare the answers that are particular to them. Run by {@link ContractFilter}, first.
 */
public class ProblemResponsesFilter implements OASFilter {

    /** Anyone may call {@code /public}: no token and no role, so neither 401 nor 403. */
    private static final Map<String, String> PUBLIC = Map.of(
            "400", "The request is not valid (problem with `violations`)",
            "500", "Internal error (problem with a reference, never a stack trace)");

    private static final java.util.Set<PathItem.HttpMethod> WRITES = java.util.EnumSet.of(PathItem.HttpMethod.POST,
            PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    private static final Map<String, String> COMMON = Map.of(
            "400", "The request is not valid (problem with `violations`)",
            "401", "No valid access token",
            "403", "The caller's role does not allow this",
            "500", "Internal error (problem with a reference, never a stack trace)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            // /taxii2 (the CERT's TAXII server) is protected like /api.
            Map<String, String> common = path.startsWith("/api/") || path.startsWith("/taxii2") ? COMMON
                    : path.startsWith("/public/") ? PUBLIC : Map.of();
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : item.getOperations().entrySet()) {
                APIResponses responses = operation.getValue().getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    operation.getValue().setResponses(responses);
                }
                for (Map.Entry<String, String> answer : common.entrySet()) {
                    if (!responses.hasAPIResponse(answer.getKey())) {
                        responses.addAPIResponse(answer.getKey(), problemResponse(answer.getValue()));
                    }
                }
                if (common.isEmpty()) {
                    continue;
                }
                // What the kit itself answers, by the shape of the operation
                if (path.contains("{") && !responses.hasAPIResponse("404")) {
                    responses.addAPIResponse("404", problemResponse("No such record (another entity's records are "
                            + "not found either)"));
                }
                if (operation.getValue().getRequestBody() != null) {
                    if (!responses.hasAPIResponse("413")) {
                        responses.addAPIResponse("413", problemResponse("The body is larger than the service accepts"));
                    }
                    if (!responses.hasAPIResponse("415")) {
                        responses.addAPIResponse("415", problemResponse("The body is not in a media type this "
                                + "operation reads"));
                    }
                }
                if (WRITES.contains(operation.getKey()) && path.startsWith("/api/") && !responses.hasAPIResponse("409")) {
                    responses.addAPIResponse("409", problemResponse("Someone changed or created the same record at "
                            + "the same time; reload and try again"));
                }
            }
        });
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
