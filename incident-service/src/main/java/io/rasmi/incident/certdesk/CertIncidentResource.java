package io.rasmi.incident.certdesk;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.incident.incidents.IncidentFilter;
import io.rasmi.incident.incidents.IncidentView;
import io.rasmi.incident.timeline.TimelineEntryView;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/cert/incidents")
@Tag(name = "National CERT", description = "Every entity's incidents, for the national CERT")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CERT_ANALYST)
public class CertIncidentResource {

    @Inject
    CertDesk desk;

    @GET
    @Operation(summary = "Every entity's incidents", description = "Roles: cert-analyst. Newest first; entity, "
            + "state, type and severity filter.")
    @APIResponse(responseCode = "200", description = "A page of incidents")
    @APIResponse(responseCode = "400", description = "An unknown state, type or severity, or a bad page")
    public Page<IncidentView> list(
            @Parameter(description = "Only this entity's incidents", example = "moh") @QueryParam("entity")
            String entity,
            @Parameter(description = "Only incidents in this state", example = "REPORTED") @QueryParam("state")
            String state,
            @Parameter(description = "Only incidents of this type", example = "ACCOUNT_COMPROMISE")
            @QueryParam("type") String type,
            @Parameter(description = "Only incidents of this severity", example = "HIGH") @QueryParam("severity")
            String severity,
            @Valid @BeanParam PageRequest page) {
        return desk.list(entity, IncidentFilter.of(state, type, severity), page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Any entity's incident", description = "Roles: cert-analyst.")
    @APIResponse(responseCode = "200", description = "The incident, with its version as ETag",
            content = @Content(schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "404", description = "No such incident")
    public Response get(@PathParam("id") UUID id) {
        IncidentView incident = desk.get(id);
        return Versions.ok(incident, incident.version());
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "Any entity's incident timeline", description = "Roles: cert-analyst. Oldest first.")
    @APIResponse(responseCode = "200", description = "The entries, oldest first")
    @APIResponse(responseCode = "404", description = "No such incident")
    public List<TimelineEntryView> timeline(@PathParam("id") UUID id) {
        return desk.timeline(id);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge an incident", description = "Roles: cert-analyst. The CERT has taken the "
            + "incident in; recorded on the incident and in its timeline, once.")
    @APIResponse(responseCode = "200", description = "The incident, acknowledged, with its version as ETag",
            content = @Content(schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "404", description = "No such incident")
    @APIResponse(responseCode = "409", description = "Already acknowledged")
    public Response acknowledge(@PathParam("id") UUID id) {
        IncidentView incident = desk.acknowledge(id);
        return Versions.ok(incident, incident.version());
    }

    @POST
    @Path("/{id}/information-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the entity for information", description = "Roles: cert-analyst. The question goes "
            + "into the incident's timeline; the entity answers with a timeline entry whose answers is the id of "
            + "this entry.")
    @APIResponse(responseCode = "201", description = "The question, as its timeline entry",
            content = @Content(schema = @Schema(implementation = TimelineEntryView.class)))
    @APIResponse(responseCode = "404", description = "No such incident")
    public Response requestInformation(@PathParam("id") UUID id, @NotNull @Valid InformationRequest request) {
        return Response.status(Response.Status.CREATED).entity(desk.requestInformation(id, request)).build();
    }
}
