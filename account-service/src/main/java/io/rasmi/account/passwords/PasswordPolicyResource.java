package io.rasmi.account.passwords;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.platform.http.Versions;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/password-policy")
@Tag(name = "Passwords")
@Produces(MediaType.APPLICATION_JSON)
public class PasswordPolicyResource {

    @Inject
    PasswordRotations rotations;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Operation(summary = "The entity's password rotation period", description = "Roles: entity-admin. 90 days (G6.g) "
            + "unless the entity set fewer.")
    @APIResponse(responseCode = "200", description = "The policy, with its version as ETag",
            content = @Content(schema = @Schema(implementation = PasswordPolicyView.class)))
    public Response get() {
        PasswordPolicyView policy = rotations.policy(caller.entity());
        return Versions.ok(policy, policy.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Operation(summary = "Set the entity's password rotation period", description = "Roles: entity-admin. 1 to 90 "
            + "days: an entity may rotate more often than the guideline asks, never less (G2.3, G6.g). Applies to "
            + "rotations recorded from now on.")
    @APIResponse(responseCode = "200", description = "The policy as set",
            content = @Content(schema = @Schema(implementation = PasswordPolicyView.class)))
    @APIResponse(responseCode = "400", description = "rotationDays is missing or under 1")
    @APIResponse(responseCode = "412", description = "The policy changed since the version in If-Match")
    @APIResponse(responseCode = "422", description = "More than 90 days (G6.g)")
    public Response put(@Parameter(description = "Optional: the version read, as its ETag") @HeaderParam("If-Match")
            String ifMatch, @NotNull @Valid PasswordPolicyRequest request) {
        PasswordPolicyView policy = rotations.setPolicy(caller.entity(), ifMatch, request.rotationDays());
        return Versions.ok(policy, policy.version());
    }
}
