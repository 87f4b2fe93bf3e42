package io.rasmi.account.keys;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/accounts/{accountId}/role-holders")
@Tag(name = "Role holders", description = "Who holds admin, publisher and moderator on each account (G6.a, G4.3.e)")
@Produces(MediaType.APPLICATION_JSON)
public class RoleHolderResource {

    @Inject
    RoleHolderService holders;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Operation(summary = "Give a member of the unit a role on the account", description = "Roles: entity-admin. "
            + "The member must be an active member of the caller's entity's unit; another entity's member answers "
            + "422 like an unknown one. Emits io.rasmi.account.role-holder-added.v1.")
    @APIResponse(responseCode = "201", description = "The member now holds the role",
            content = @Content(schema = @Schema(implementation = RoleHolderView.class)))
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    @APIResponse(responseCode = "409", description = "The member already holds this role, or the account is archived")
    @APIResponse(responseCode = "422", description = "No such member in the entity, or the member has left the unit "
            + "(clause G4.3.e)")
    public Response add(@PathParam("accountId") UUID accountId, @NotNull @Valid AddRoleHolderRequest request) {
        RoleHolderView holder = holders.add(caller.entity(), accountId, request);
        return Response.created(URI.create("/api/v1/accounts/" + accountId + "/role-holders/" + holder.id()))
                .entity(holder).build();
    }

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY, Roles.MANAGEMENT })
    @Operation(summary = "Who holds roles on the account", description = "Roles: any Rasmi role of the entity.")
    @APIResponse(responseCode = "200", description = "A page of role holders, oldest first")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public Page<RoleHolderView> list(@PathParam("accountId") UUID accountId, @Valid @BeanParam PageRequest page,
            @Parameter(description = "true also lists roles that were taken away, with their removal date")
            @QueryParam("includeRemoved") @DefaultValue("false") boolean includeRemoved) {
        return holders.list(caller.entity(), accountId, includeRemoved, page);
    }

    @DELETE
    @Path("/{holderId}")
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Operation(summary = "Take a role away", description = "Roles: entity-admin. The record stays with its removal "
            + "date. The last ADMIN of an ACTIVE (or SUSPENDED or COMPROMISED) account cannot be removed (G6.a): add "
            + "the new admin first. Emits io.rasmi.account.role-holder-removed.v1.")
    @APIResponse(responseCode = "200", description = "Removed; the record with its removal date")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity, or no such holder on it")
    @APIResponse(responseCode = "409", description = "Already removed, or the last admin of a live account (clause G6.a)")
    public RoleHolderView remove(@PathParam("accountId") UUID accountId, @PathParam("holderId") UUID holderId) {
        return holders.remove(caller.entity(), accountId, holderId);
    }
}
