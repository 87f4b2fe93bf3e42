package io.rasmi.content.approval;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.content.items.ContentResource;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path(ContentResource.PATH)
@Tag(name = "Content approval", description = "Four eyes on the exact content before it is published (G4.3.d)")
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalResource {

    @Inject
    ApprovalService approvals;

    @Inject
    Caller caller;

    @POST
    @Path("/{id}/approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Approve a submitted item, or send it back", description = "Roles: approver. The item must "
            + "be SUBMITTED and contentHash must be the hash of its content now (409 otherwise: it changed since it "
            + "was read). The author never approves their own item (422, G4.3.d). APPROVE needs factChecked "
            + "(G7.3.a) and neutral (G7.3.b) true (422 otherwise); a campaign or paid promotion needs two distinct "
            + "approvers. When enough approvers approved, the item is APPROVED and io.rasmi.content.approved.v1 is "
            + "emitted; REQUEST_CHANGES makes it CHANGES_REQUESTED and voids the approvals given so far.")
    @APIResponse(responseCode = "201", description = "The decision, with the item's state after it",
            content = @Content(schema = @Schema(implementation = ApprovalView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No such item in the caller's entity")
    @APIResponse(responseCode = "409", description = "The item is not SUBMITTED, its content changed since it was "
            + "read, or this approver already approved it")
    @APIResponse(responseCode = "422", description = "The approver is the author (G4.3.d), or approves without "
            + "the facts checked (G7.3.a) or the topic neutral (G7.3.b)")
    public Response decide(@PathParam("id") UUID id, @NotNull @Valid ApprovalRequest request) {
        ApprovalView approval = approvals.decide(caller.entity(), id, request, caller.userId(), caller.username());
        return Response.status(Response.Status.CREATED).entity(approval).build();
    }

    @GET
    @Path("/{id}/approvals")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.MANAGEMENT })
    @Operation(summary = "The approval decisions on an item", description = "Roles: entity-admin, publisher, "
            + "approver, moderator, management. Oldest first; counts says whether one still counts for the current "
            + "content.")
    @APIResponse(responseCode = "200", description = "The decisions")
    @APIResponse(responseCode = "404", description = "No such item in the caller's entity")
    public List<ApprovalView> list(@PathParam("id") UUID id) {
        return approvals.list(caller.entity(), id);
    }
}
