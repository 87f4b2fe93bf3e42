package io.rasmi.account.reviews;

import java.util.UUID;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.account.registry.AccountResource;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path(AccountResource.PATH)
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
public class AttestationResource {

    @Inject
    Attestations attestations;

    @Inject
    Caller caller;

    @POST
    @Path("/{id}/attestations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Operation(summary = "Attest a clause the system cannot check", description = "Roles: entity-admin. Only G6.e "
            + "(the entity's logo as the picture), G5.5 and G4.3.l (people and money to run the account); the "
            + "evidence link is required.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = AttestationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    @APIResponse(responseCode = "409", description = "The account is archived")
    @APIResponse(responseCode = "422", description = "The clause is not one a person attests")
    public Response attest(@PathParam("id") UUID id, @NotNull @Valid AttestationRequest request) {
        AttestationView attestation = attestations.attest(caller.entity(), id, request, caller.username());
        return Response.status(Response.Status.CREATED).entity(attestation).build();
    }

    @GET
    @Path("/{id}/attestations")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY, Roles.MANAGEMENT })
    @Operation(summary = "The account's attestations, newest first", description = "Roles: any Rasmi role of the "
            + "entity.")
    @APIResponse(responseCode = "200", description = "A page of attestations")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public Page<AttestationView> attestations(@PathParam("id") UUID id,
            @Parameter(description = "Only attestations of this clause") @QueryParam("clause") String clause,
            @Valid @BeanParam PageRequest page) {
        return attestations.attestations(caller.entity(), id, clause, page);
    }
}
