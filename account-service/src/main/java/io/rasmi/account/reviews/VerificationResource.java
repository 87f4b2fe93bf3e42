package io.rasmi.account.reviews;

import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.account.registry.AccountResource;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path(AccountResource.PATH)
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject
    Verifications verifications;

    @Inject
    Caller caller;

    @GET
    @Path("/{id}/verification")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY, Roles.MANAGEMENT })
    @Operation(summary = "Whether the platform verified the account (G6.k)", description = "Roles: any Rasmi role of "
            + "the entity. Unverified, without recordedAt, while nothing was recorded.")
    @APIResponse(responseCode = "200", description = "The verification record, with its version as ETag once recorded",
            content = @Content(schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public Response verification(@PathParam("id") UUID id) {
        VerificationView verification = verifications.verification(caller.entity(), id);
        Response.ResponseBuilder response = Response.ok(verification);
        if (verification.version() != null) {
            response.tag(Versions.etagOf(verification.version()));
        }
        return response.build();
    }

    @PUT
    @Path("/{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Operation(summary = "Record whether the platform verified the account (G6.k)", description = "Roles: "
            + "entity-admin. Replaces the record; verifiedAt (not in the future) and evidenceUrl are required when "
            + "verified is true.")
    @APIResponse(responseCode = "200", description = "The record as stored, with its version as ETag",
            content = @Content(schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    @APIResponse(responseCode = "409", description = "The account is archived")
    @APIResponse(responseCode = "412", description = "The record changed since the version in If-Match")
    public Response putVerification(@PathParam("id") UUID id,
            @Parameter(description = "Optional: the version read, as its ETag") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid VerificationRequest request) {
        VerificationView verification = verifications.putVerification(caller.entity(), id, ifMatch, request,
                caller.username());
        return Versions.ok(verification, verification.version());
    }
}
