package io.rasmi.incident.targets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/incidents/response-targets")
@Tag(name = "Incidents")
@Produces(MediaType.APPLICATION_JSON)
public class ResponseTargetsResource {

    @Inject
    ResponseTargets targets;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "The entity's response targets", description = "Roles: any Rasmi role of the entity. How "
            + "soon HIGH and CRITICAL incidents must be TRIAGED and CONTAINED, from their report: the national "
            + "default, or the entity's tighter own.")
    @APIResponse(responseCode = "200", description = "The targets in force")
    public ResponseTargetsView get() {
        return targets.of(caller.entity());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Operation(summary = "Tighten the entity's response targets", description = "Roles: entity-admin. Neither may "
            + "be looser than the national default. They apply to every open incident of the entity from the next "
            + "scan.")
    @APIResponse(responseCode = "200", description = "The targets in force")
    @APIResponse(responseCode = "422", description = "A target looser than the national default")
    public ResponseTargetsView put(@NotNull @Valid ResponseTargetsRequest request) {
        return targets.tighten(caller.entity(), request);
    }
}
