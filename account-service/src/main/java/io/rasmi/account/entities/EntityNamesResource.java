package io.rasmi.account.entities;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.platform.http.Versions;
import io.rasmi.platform.security.Roles;

/** The names and handle patterns by which an entity's accounts point to it (G6.d). */
@Path("/api/v1/entities/{code}/names")
@Tag(name = "Entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityNamesResource {

    @Inject
    EntityNamesService names;

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.MANAGEMENT, Roles.PLATFORM_ADMIN })
    @Operation(summary = "The entity's names and handle patterns", description = "Entity-admin and management "
            + "read their own entity's, platform-admin any entity's. The posture report's G6.d check passes when an account's "
            + "display name carries one of these names (or the entity's registered nameAr or nameEn), or its handle "
            + "is one of them or fits one of the patterns.")
    @APIResponse(responseCode = "200", description = "The names and patterns, with their version as ETag")
    @APIResponse(responseCode = "404", description = "No such entity for this caller")
    public Response get(@PathParam("code") String code) {
        EntityNamesView view = names.get(code);
        return Versions.ok(view, view.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Operation(summary = "Set the entity's names and handle patterns", description = "For the "
            + "caller's own entity only (another entity answers 404). Replaces both lists. Patterns are simple globs, * for "
            + "any run of characters and ? for one, compared without regard to case; never regular expressions (G6.d).")
    @APIResponse(responseCode = "200", description = "The names and patterns as set")
    @APIResponse(responseCode = "400", description = "A blank name or a pattern of the wrong shape; nothing changes")
    @APIResponse(responseCode = "404", description = "Not the caller's entity")
    @APIResponse(responseCode = "412", description = "Changed since the version in If-Match")
    public Response put(@PathParam("code") String code,
            @Parameter(description = "Optional: the version read, as its ETag") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid EntityNamesRequest request) {
        EntityNamesView view = names.replace(code, ifMatch, request);
        return Versions.ok(view, view.version());
    }
}
