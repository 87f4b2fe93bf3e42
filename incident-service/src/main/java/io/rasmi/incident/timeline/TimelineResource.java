package io.rasmi.incident.timeline;

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

import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/incidents/{id}/timeline")
@Tag(name = "Incidents")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    @Inject
    TimelineService timeline;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "An incident's timeline", description = "Roles: any Rasmi role of the entity. For the "
            + "incidents the caller may see: every report, transition, severity change, note, notice and CERT message, oldest "
            + "first. Nothing in it is ever changed or deleted.")
    @APIResponse(responseCode = "200", description = "The entries, oldest first")
    @APIResponse(responseCode = "404", description = "No such incident the caller may see")
    public List<TimelineEntryView> read(@PathParam("id") UUID id) {
        return timeline.read(caller.entity(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "Add to an incident's timeline", description = "Roles: any Rasmi role of the entity. For "
            + "the incidents the caller may see: a NOTE, an ACTION taken or a piece of EVIDENCE; answers names the CERT "
            + "information request the entry answers.")
    @APIResponse(responseCode = "201", description = "The entry added",
            content = @Content(schema = @Schema(implementation = TimelineEntryView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: NOTE and ACTION without text, EVIDENCE without "
            + "evidence")
    @APIResponse(responseCode = "404", description = "No such incident the caller may see, or answers is not one of "
            + "its information requests")
    public Response add(@PathParam("id") UUID id, @NotNull @Valid AddEntryRequest request) {
        return Response.status(Response.Status.CREATED).entity(timeline.add(caller.entity(), id, request)).build();
    }
}
