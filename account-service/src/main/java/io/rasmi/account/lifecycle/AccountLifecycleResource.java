package io.rasmi.account.lifecycle;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import io.rasmi.account.registry.AccountView;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

/** The lifecycle steps of an official account; each answers the account in its new status. */
@Path(AccountResource.PATH)
@Tag(name = "Account lifecycle", description = "PROPOSED → APPROVED → ACTIVE ⇄ SUSPENDED, COMPROMISED → ACTIVE, "
        + "any → ARCHIVED. A step the current status does not allow answers 409. Every step emits "
        + "io.rasmi.account.status-changed.v1.")
@Produces(MediaType.APPLICATION_JSON)
public class AccountLifecycleResource {

    private static final String IF_MATCH_DESCRIPTION = "Optional: the version read, as its ETag; a stale one answers 412";

    @Inject
    AccountLifecycle lifecycle;

    @Inject
    Caller caller;

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Operation(summary = "Record the official decision that creates the account (G5.1)", description = "Roles: "
            + "entity-admin. PROPOSED → APPROVED. The decision date may not be after today.")
    @APIResponse(responseCode = "200", description = "The account, now APPROVED",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or the date is in the future")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    @APIResponse(responseCode = "409", description = "The account is not PROPOSED")
    public Response decide(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DecisionRequest request) {
        return answer(lifecycle.decide(caller.entity(), id, ifMatch, request, caller.username()));
    }

    @GET
    @Path("/{id}/decision")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY, Roles.MANAGEMENT })
    @Operation(summary = "The official decision that created the account (G5.1)", description = "Roles: any Rasmi "
            + "role of the entity.")
    @APIResponse(responseCode = "200", description = "The decision")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity, or no decision yet")
    public DecisionView decision(@PathParam("id") UUID id) {
        return lifecycle.decision(caller.entity(), id);
    }

    @POST
    @Path("/{id}/activation")
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Operation(summary = "Activate the account", description = "Roles: entity-admin. APPROVED or SUSPENDED → ACTIVE, "
            + "only when the official decision is recorded (G5.1), at least one ADMIN role holder exists (G6.a), "
            + "two-factor authentication is bound to a government device (G6.b) and a password rotation is recorded "
            + "(G6.f). Otherwise 409 whose clauses lists every unmet clause, clause the first.")
    @APIResponse(responseCode = "200", description = "The account, now ACTIVE",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    @APIResponse(responseCode = "409", description = "The status does not allow it, or clauses are unmet "
            + "(clauses: G5.1, G6.a, G6.b, G6.f)")
    public Response activate(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        return answer(lifecycle.activate(caller.entity(), id, ifMatch));
    }

    @POST
    @Path("/{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Operation(summary = "Suspend the account", description = "Roles: entity-admin. ACTIVE → SUSPENDED; activation "
            + "brings it back.")
    @APIResponse(responseCode = "200", description = "The account, now SUSPENDED",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    @APIResponse(responseCode = "409", description = "The account is not ACTIVE")
    public Response suspend(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ReasonRequest request) {
        return answer(lifecycle.suspend(caller.entity(), id, ifMatch, request.reason()));
    }

    @POST
    @Path("/{id}/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Operation(summary = "Archive the account", description = "Roles: entity-admin. Any status → ARCHIVED, for good: "
            + "accounts are never deleted, and an archived one takes no further change.")
    @APIResponse(responseCode = "200", description = "The account, now ARCHIVED",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    @APIResponse(responseCode = "409", description = "The account is already ARCHIVED")
    public Response archive(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ReasonRequest request) {
        return answer(lifecycle.archive(caller.entity(), id, ifMatch, request.reason()));
    }

    @POST
    @Path("/{id}/compromise")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.IT_SECURITY)
    @Operation(summary = "Mark the account compromised", description = "Roles: it-security. ACTIVE or SUSPENDED → "
            + "COMPROMISED. The public lookup then warns not to trust its recent posts. The body is optional.")
    @APIResponse(responseCode = "200", description = "The account, now COMPROMISED",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    @APIResponse(responseCode = "409", description = "The account is neither ACTIVE nor SUSPENDED")
    public Response compromise(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
            @Valid NoteRequest request) {
        return answer(lifecycle.compromise(caller.entity(), id, ifMatch, request == null ? null : request.note()));
    }

    @POST
    @Path("/{id}/recovery")
    @RolesAllowed(Roles.IT_SECURITY)
    @Operation(summary = "Recover a compromised account", description = "Roles: it-security. COMPROMISED → ACTIVE, "
            + "only when a password rotation (G6.g) and an ACCESS_HISTORY review (G6.h) are both dated after the "
            + "compromise; otherwise 409 whose clauses lists what is missing.")
    @APIResponse(responseCode = "200", description = "The account, ACTIVE again",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    @APIResponse(responseCode = "409", description = "The account is not COMPROMISED, or clauses are unmet "
            + "(clauses: G6.g, G6.h)")
    public Response recover(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        return answer(lifecycle.recover(caller.entity(), id, ifMatch));
    }

    private static Response answer(AccountView account) {
        return Versions.ok(account, account.version());
    }
}
