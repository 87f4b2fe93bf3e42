package io.rasmi.content.checks;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.content.items.ContentItem;
import io.rasmi.content.items.ContentResource;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

/** The pre-publication checks of a stored content item, as its submission will run them. */
@Path(ContentResource.PATH)
@Tag(name = "Content checks")
@Produces(MediaType.APPLICATION_JSON)
public class ContentItemChecksResource {

    @Inject
    ItemChecks itemChecks;

    @Inject
    Caller caller;

    @POST
    @Path("/{id}/checks")
    @RolesAllowed({ Roles.PUBLISHER, Roles.APPROVER, Roles.ENTITY_ADMIN })
    @Operation(summary = "Run the pre-publication checks on a content item", description = "Roles: publisher, "
            + "approver, entity-admin. Runs every pre-publication check on the item as stored and answers the "
            + "findings, each with its clause, BLOCKER or WARNING, its field and position; submission runs the same "
            + "checks and a BLOCKER stops it. Nothing changes.")
    @APIResponse(responseCode = "200", description = "The findings; blocked is true when a BLOCKER is among them",
            content = @Content(schema = @Schema(implementation = CheckReport.class)))
    @APIResponse(responseCode = "404", description = "No such item in the caller's entity")
    public CheckReport check(@PathParam("id") UUID id) {
        return CheckReport.of(itemChecks.run(ContentItem.requireForEntity(id, caller.entity())));
    }
}
