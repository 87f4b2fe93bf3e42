package io.rasmi.directory;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/accounts")
@Tag(name = "Accounts (read model)", description = "Official accounts as this service knows them from account events")
public class KnownAccountResource {

    @Inject
    Caller caller;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "An official account of the caller's entity, as this service knows it",
            description = "Roles: any Rasmi role of the entity. Another entity's account answers 404.")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", description = "No such account for the caller's entity")
    public KnownAccountView get(@PathParam("id") UUID id) {
        return KnownAccount.findForEntity(id, caller.entity())
                .map(KnownAccountView::of)
                .orElseThrow(() -> ProblemException.notFound("account.not-found"));
    }
}
