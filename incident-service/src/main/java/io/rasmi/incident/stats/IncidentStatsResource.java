package io.rasmi.incident.stats;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/incidents/stats")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentStatsResource {

    @Inject
    IncidentStats stats;

    @Inject
    Caller caller;

    @GET
    @Tag(name = "Incidents")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY, Roles.MANAGEMENT })
    @Operation(summary = "The entity's incident figures", description = "Roles: entity-admin, it-security, "
            + "management. Incidents reported in [from, to) (the last 30 days by default): counts by type, severity "
            + "and state, and the mean and 90th percentile time from report to TRIAGED and to CONTAINED.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "from or to is not an ISO-8601 instant, or from is not before to")
    public IncidentStatsView entity(
            @Parameter(description = "Start, inclusive (ISO-8601)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "End, exclusive (ISO-8601); now by default", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to) {
        return stats.of(caller.entity(), from, to);
    }
}
