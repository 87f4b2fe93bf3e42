package io.rasmi.content.moderation;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/moderation-queue")
@Tag(name = "Comments")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationQueueResource {

    @Inject
    ModerationQueue queue;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Roles.MODERATOR, Roles.ENTITY_ADMIN, Roles.MANAGEMENT })
    @Operation(summary = "The moderation queue", description = "Roles: moderator, entity-admin, management. The "
            + "entity's comments, oldest first, with what screening found. A moderator sees the accounts on which "
            + "they hold the MODERATOR role (known by the staff_id claim of their token); entity-admin and "
            + "management see every account. ?accountId= keeps one account (404 if it is not the entity's, 403 for "
            + "a moderator who does not moderate it); ?flagged= and ?answered= (a reply recorded) filter further.")
    @APIResponse(responseCode = "200", description = "A page of comments")
    @APIResponse(responseCode = "400", description = "A value of the wrong form, or an unknown query parameter")
    @APIResponse(responseCode = "403", description = "The caller does not moderate that account (G7.6)")
    @APIResponse(responseCode = "404", description = "The account is not one of the entity's")
    public Page<CommentView> list(
            @Parameter(description = "Only this account's comments", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("accountId") String accountId,
            @Parameter(description = "Only comments screening flagged (true) or did not (false)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("flagged") Boolean flagged,
            @Parameter(description = "Only comments with a reply (true) or without one (false)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("answered") Boolean answered,
            @Valid @BeanParam PageRequest page) {
        boolean seesAll = caller.hasRole(Roles.ENTITY_ADMIN) || caller.hasRole(Roles.MANAGEMENT);
        Optional<java.util.UUID> staff = caller.staffId();
        return queue.list(caller.entity(), new ModerationQueue.Viewer(staff, seesAll), accountId, flagged, answered,
                page);
    }
}
