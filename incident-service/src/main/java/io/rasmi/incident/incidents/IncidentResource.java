package io.rasmi.incident.incidents;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.platform.http.Versions;
import io.rasmi.platform.idempotency.IdempotentRequests;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/incidents")
@Tag(name = "Incidents", description = "Breaches of an entity's official accounts, reported and handled (G6.j)")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    @Inject
    IncidentService incidents;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Transactional
    @Operation(summary = "Report a breach", description = "Roles: any Rasmi role of the entity. The incident belongs "
            + "to the caller's entity and starts REPORTED; the accounts named must be the entity's own. Its severity "
            + "is computed from the type, whether an account is verified, its reach and whether personal data is "
            + "exposed; its TLP marking is AMBER unless chosen. Emits io.rasmi.incident.reported.v1, on which "
            + "account-service freezes breached accounts (G6.j).")
    @APIResponse(responseCode = "201", description = "Reported, with its version as ETag",
            content = @Content(schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (an evidence link that is not https, a SHA-256 "
            + "that is not 64 hex digits...)")
    @APIResponse(responseCode = "404", description = "An account named is not one of the caller's entity's")
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still in flight")
    @APIResponse(responseCode = "422", description = "detectedAt is in the future, or the Idempotency-Key was used "
            + "with another body")
    public Response report(@NotNull @Valid ReportIncidentRequest request,
            @Parameter(description = "Makes a retried request safe: the same key and body replay the first answer")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String entity = caller.entity();
        return idempotentRequests.execute(entity, idempotencyKey, "POST /api/v1/incidents", request, () -> {
            IncidentView incident = incidents.report(entity, request);
            return Versions.created("/api/v1/incidents/" + incident.id(), incident, incident.version());
        });
    }

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "The entity's incidents", description = "Roles: any Rasmi role of the entity. it-security "
            + "and entity-admin see all of the entity's incidents, every other role only those it reported. Newest "
            + "first; state, type and severity filter.")
    @APIResponse(responseCode = "200", description = "A page of incidents")
    @APIResponse(responseCode = "400", description = "An unknown state, type or severity, or a bad page")
    public Page<IncidentView> list(
            @Parameter(description = "Only incidents in this state", example = "REPORTED") @QueryParam("state")
            String state,
            @Parameter(description = "Only incidents of this type", example = "ACCOUNT_COMPROMISE")
            @QueryParam("type") String type,
            @Parameter(description = "Only incidents of this severity", example = "HIGH") @QueryParam("severity")
            String severity,
            @Valid @BeanParam PageRequest page) {
        return incidents.list(caller.entity(), IncidentFilter.of(state, type, severity), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "An incident", description = "Roles: any Rasmi role of the entity. Roles other than "
            + "it-security and entity-admin see only incidents they reported. Another entity's incident answers 404.")
    @APIResponse(responseCode = "200", description = "The incident, with its version as ETag",
            content = @Content(schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "404", description = "No such incident the caller may see")
    public Response get(@PathParam("id") UUID id) {
        IncidentView incident = incidents.get(caller.entity(), id);
        return Versions.ok(incident, incident.version());
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY })
    @Operation(summary = "Move an incident on", description = "Roles: entity-admin, it-security. REPORTED → TRIAGED "
            + "→ CONTAINED → ERADICATED → RECOVERED → CLOSED, and FALSE_POSITIVE from REPORTED or TRIAGED. CLOSED "
            + "needs the lessons learned as the note. The transition and its note go into the timeline. If-Match is "
            + "optional; when sent it must be the incident's current version.")
    @APIResponse(responseCode = "200", description = "The incident in its new state, with its version as ETag",
            content = @Content(schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "404", description = "No such incident in the caller's entity")
    @APIResponse(responseCode = "409", description = "The state does not lead there; the answer names the states "
            + "it leads to")
    @APIResponse(responseCode = "412", description = "If-Match is not the incident's current version")
    @APIResponse(responseCode = "422", description = "CLOSED without the lessons learned")
    public Response transition(@PathParam("id") UUID id, @NotNull @Valid TransitionRequest request,
            @Parameter(description = "The version read, as an entity tag") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch) {
        IncidentView incident = incidents.transition(caller.entity(), id, request, ifMatch);
        return Versions.ok(incident, incident.version());
    }

    @PUT
    @Path("/{id}/severity")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.IT_SECURITY)
    @Operation(summary = "Override the severity", description = "Roles: it-security. Sets the severity in force, "
            + "keeping the computed one beside it; the change and its reason go into the timeline. The same severity "
            + "again changes nothing. If-Match is optional; when sent it must be the incident's current version.")
    @APIResponse(responseCode = "200", description = "The incident, with its version as ETag",
            content = @Content(schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "404", description = "No such incident in the caller's entity")
    @APIResponse(responseCode = "412", description = "If-Match is not the incident's current version")
    public Response overrideSeverity(@PathParam("id") UUID id, @NotNull @Valid SeverityOverrideRequest request,
            @Parameter(description = "The version read, as an entity tag") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch) {
        IncidentView incident = incidents.overrideSeverity(caller.entity(), id, request, ifMatch);
        return Versions.ok(incident, incident.version());
    }
}
