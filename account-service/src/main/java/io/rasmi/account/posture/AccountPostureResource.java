package io.rasmi.account.posture;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.platform.problem.ProblemMessages;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/accounts/{id}/posture")
@Tag(name = "Posture")
public class AccountPostureResource {

    @Inject
    PostureService posture;

    @Inject
    ProblemMessages messages;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY, Roles.MANAGEMENT })
    @Operation(summary = "An account's posture against the guideline", description = "Roles: entity-admin, it-security, "
            + "management. One control per clause (G3.2 … G7.6) with status, detail, since and remedy, in the "
            + "caller's language (Accept-Language, Arabic first). Another entity's account answers 404.")
    @APIResponse(responseCode = "200", description = "The report; score is 100 only when every applicable control passes")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public PostureReport account(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return posture.report(caller.entity(), id, messages.choose(headers.getAcceptableLanguages()));
    }

}
