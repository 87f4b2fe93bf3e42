package io.rasmi.content.publishing;

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
@Tag(name = "Publications", description = "What was published where: Rasmi records it, it never posts itself")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationResource {

    @Inject
    PublicationService publications;

    @Inject
    Caller caller;

    @POST
    @Path("/{id}/publications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PUBLISHER, Roles.ENTITY_ADMIN })
    @Operation(summary = "Record that an item was published on one of its accounts", description = "Roles: "
            + "publisher, entity-admin. Only an APPROVED or SCHEDULED item, on one of its target accounts, which "
            + "must be ACTIVE, once per account. The post link must be https on that account's own page: on its "
            + "platform, and where the link names an account, this one. Once every target account has its "
            + "publication the item is PUBLISHED. Emits io.rasmi.content.published.v1.")
    @APIResponse(responseCode = "201", description = "Recorded, with the item's state after it",
            content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or publishedAt is in the future")
    @APIResponse(responseCode = "404", description = "No such item, or no such account, in the caller's entity")
    @APIResponse(responseCode = "409", description = "The item is not APPROVED or SCHEDULED, the account is not "
            + "ACTIVE, or a publication on it is already recorded")
    @APIResponse(responseCode = "422", description = "The account is not a target of the item, or the link is not "
            + "on that account")
    public Response record(@PathParam("id") UUID id, @NotNull @Valid PublicationRequest request) {
        PublicationView publication = publications.record(caller.entity(), id, request, caller.username());
        return Response.status(Response.Status.CREATED).entity(publication).build();
    }

    @GET
    @Path("/{id}/publications")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.MANAGEMENT })
    @Operation(summary = "Where an item was published", description = "Roles: entity-admin, publisher, approver, "
            + "moderator, management.")
    @APIResponse(responseCode = "200", description = "Its publications, oldest first")
    @APIResponse(responseCode = "404", description = "No such item in the caller's entity")
    public List<PublicationView> list(@PathParam("id") UUID id) {
        return publications.list(caller.entity(), id);
    }
}
