package io.rasmi.account.entities;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/entities")
@Tag(name = "Entities", description = "Government entities and their official domains")
@Produces(MediaType.APPLICATION_JSON)
public class GovernmentEntityResource {

    @Inject
    GovernmentEntityService entities;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Register a government entity", description = "Roles: platform-admin.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = GovernmentEntityView.class)))
    @APIResponse(responseCode = "409", description = "The code or one of the domains is already registered, or a "
            + "domain lies inside or contains another entity's domain (G6.c)")
    @APIResponse(responseCode = "422", description = "A domain is a public suffix such as gov.iq, under which anyone "
            + "registers (G6.c)")
    public Response register(@NotNull @Valid RegisterEntityRequest request) {
        GovernmentEntityView entity = entities.register(request);
        return Response.created(URI.create("/api/v1/entities/" + entity.code())).entity(entity).build();
    }

    @GET
    @RolesAllowed({ Roles.PLATFORM_ADMIN, Roles.CERT_ANALYST })
    @Operation(summary = "List government entities", description = "Roles: platform-admin, cert-analyst.")
    @APIResponse(responseCode = "200", description = "A page of entities")
    public Page<GovernmentEntityView> list(@Valid @BeanParam PageRequest page) {
        return entities.list(page);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT, Roles.PLATFORM_ADMIN, Roles.CERT_ANALYST })
    @Operation(summary = "A government entity", description = "A caller outside platform-admin and cert-analyst "
            + "sees only their own entity; another entity answers 404.")
    @APIResponse(responseCode = "200", description = "The entity")
    @APIResponse(responseCode = "404", description = "No such entity for this caller")
    public GovernmentEntityView get(@PathParam("code") String code) {
        return entities.get(code);
    }
}
