package io.rasmi.account.passwords;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
@Tag(name = "Passwords", description = "Password rotations of official accounts (G6.f, G6.g); passwords are never "
        + "stored, logged or echoed")
@Produces(MediaType.APPLICATION_JSON)
public class PasswordRotationResource {

    @Inject
    PasswordRotations rotations;

    @Inject
    Caller caller;

    @POST
    @Path("/{id}/password-rotations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY })
    @Operation(summary = "Record a new password for the account", description = "Roles: entity-admin, it-security. "
            + "The password needs 12 characters or more, letters, digits and symbols, and neither the handle nor the "
            + "entity code (G6.f); no other account of the entity may use it now (G6.f); this account may never have "
            + "used it before (G6.g). Only an Argon2id hash and a keyed fingerprint are kept, neither ever shown. The "
            + "next rotation is due after the entity's "
            + "period (90 days unless the entity set fewer). Emits io.rasmi.account.password-rotated.v1.")
    @APIResponse(responseCode = "201", description = "Rotated: when, and when the next rotation is due",
            content = @Content(schema = @Schema(implementation = RotatedView.class)))
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    @APIResponse(responseCode = "409", description = "The account is archived")
    @APIResponse(responseCode = "422", description = "The password is weak or used by another account (G6.f), or "
            + "was used before on this account (G6.g)")
    public Response rotate(@PathParam("id") UUID id, @NotNull @Valid PasswordRotationRequest request) {
        RotationView rotation = rotations.rotate(caller.entity(), id, request, caller.username());
        return Response.status(Response.Status.CREATED)
                .entity(new RotatedView(rotation.rotatedAt(), rotation.nextDueAt())).build();
    }

    @GET
    @Path("/{id}/password-rotations")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY })
    @Operation(summary = "The account's password rotations, newest first", description = "Roles: entity-admin, "
            + "it-security. Dates and who rotated, nothing about the passwords.")
    @APIResponse(responseCode = "200", description = "A page of rotations")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public Page<RotationView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return rotations.list(caller.entity(), id, page);
    }
}
