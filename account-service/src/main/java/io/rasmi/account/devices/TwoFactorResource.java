package io.rasmi.account.devices;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/accounts/{accountId}/two-factor")
@Tag(name = "Two-factor", description = "Two-factor authentication of each account on a government device (G6.b)")
@Produces(MediaType.APPLICATION_JSON)
public class TwoFactorResource {

    @Inject
    TwoFactorService twoFactor;

    @Inject
    Caller caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY })
    @Operation(summary = "Bind the account's second factor to a government device", description = "Roles: "
            + "entity-admin, it-security. The device must be an active device of the caller's entity, and SMS needs "
            + "a PHONE with a number (G6.b). Emits io.rasmi.account.two-factor-changed.v1 when the binding changes.")
    @APIResponse(responseCode = "200", description = "The binding")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    @APIResponse(responseCode = "409", description = "The account is archived")
    @APIResponse(responseCode = "422", description = "Not an active government device of the entity, or SMS on a "
            + "device without a phone number (clause G6.b)")
    public TwoFactorView bind(@PathParam("accountId") UUID accountId, @NotNull @Valid BindTwoFactorRequest request) {
        return twoFactor.bind(caller.entity(), accountId, request);
    }

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY })
    @Operation(summary = "Where the account's second factor is delivered", description = "Roles: any Rasmi role of "
            + "the entity. onGovernmentDevice turns false when the device is retired.")
    @APIResponse(responseCode = "200", description = "The binding")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity, or no binding yet")
    public TwoFactorView get(@PathParam("accountId") UUID accountId) {
        return twoFactor.get(caller.entity(), accountId);
    }
}
