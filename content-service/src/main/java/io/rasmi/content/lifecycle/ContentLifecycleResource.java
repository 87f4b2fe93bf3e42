package io.rasmi.content.lifecycle;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.content.items.ContentResource;
import io.rasmi.content.items.ContentView;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

/**
 * The lifecycle steps of a content item that a person takes, one sub-resource per step (as account-service's
 * lifecycle); each answers the item in its new state. Approval is {@code /approvals}, publication
 * {@code /publications}.
 */
@Path(ContentResource.PATH)
@Tag(name = "Content lifecycle", description = "DRAFT → SUBMITTED → APPROVED | CHANGES_REQUESTED → SCHEDULED → "
        + "PUBLISHED → CORRECTED, any → WITHDRAWN; SCHEDULED ⇄ FROZEN while a target account is not ACTIVE. A step "
        + "the current state does not allow answers 409.")
@Produces(MediaType.APPLICATION_JSON)
public class ContentLifecycleResource {

    private static final String IF_MATCH_DESCRIPTION = "Optional: the version read, as its ETag; a stale one answers 412";

    @Inject
    ContentLifecycle lifecycle;

    @Inject
    Caller caller;

    @POST
    @Path("/{id}/submission")
    @RolesAllowed({ Roles.PUBLISHER, Roles.ENTITY_ADMIN })
    @Operation(summary = "Submit an item for approval (G4.3.d)", description = "Roles: publisher, entity-admin. "
            + "DRAFT or CHANGES_REQUESTED → SUBMITTED. Every target account must be ACTIVE, and the pre-publication "
            + "checks must find no BLOCKER. Emits io.rasmi.content.submitted.v1.")
    @APIResponse(responseCode = "200", description = "The item, now SUBMITTED",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "404", description = "No such item in the caller's entity")
    @APIResponse(responseCode = "409", description = "The item is not DRAFT or CHANGES_REQUESTED, or a target account "
            + "is not ACTIVE (clause G6.j or G5.1)")
    @APIResponse(responseCode = "412", description = "The item changed since the version in If-Match")
    @APIResponse(responseCode = "422", description = "A pre-publication check found a BLOCKER (its clause)")
    public Response submit(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        return answer(lifecycle.submit(caller.entity(), id, ifMatch));
    }

    @POST
    @Path("/{id}/schedule")
    @RolesAllowed({ Roles.PUBLISHER, Roles.ENTITY_ADMIN })
    @Operation(summary = "Schedule an approved item for its planned time (G7.4)", description = "Roles: publisher, "
            + "entity-admin. APPROVED → SCHEDULED. The item's plannedAt must be set and ahead, and every target "
            + "account ACTIVE. Emits io.rasmi.content.scheduled.v1.")
    @APIResponse(responseCode = "200", description = "The item, now SCHEDULED",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "404", description = "No such item in the caller's entity")
    @APIResponse(responseCode = "409", description = "The item is not APPROVED, or a target account is not ACTIVE")
    @APIResponse(responseCode = "412", description = "The item changed since the version in If-Match")
    @APIResponse(responseCode = "422", description = "plannedAt is missing or not ahead")
    public Response schedule(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        return answer(lifecycle.schedule(caller.entity(), id, ifMatch));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PUBLISHER, Roles.ENTITY_ADMIN })
    @Operation(summary = "Withdraw an item", description = "Roles: publisher, entity-admin. Any state but WITHDRAWN → "
            + "WITHDRAWN, with the reason. Emits io.rasmi.content.withdrawn.v1.")
    @APIResponse(responseCode = "200", description = "The item, now WITHDRAWN",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing or too long")
    @APIResponse(responseCode = "404", description = "No such item in the caller's entity")
    @APIResponse(responseCode = "409", description = "The item is already WITHDRAWN")
    @APIResponse(responseCode = "412", description = "The item changed since the version in If-Match")
    public Response withdraw(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid WithdrawalRequest request) {
        return answer(lifecycle.withdraw(caller.entity(), id, ifMatch, request.reason()));
    }

    private static Response answer(ContentView item) {
        return Versions.ok(item, item.version());
    }
}
