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

import io.rasmi.platform.security.Roles;

/** The national CERT's figures; a class of its own so its path does not fall under another resource's. */
@Path("/api/v1/cert/stats")
@Produces(MediaType.APPLICATION_JSON)
public class CertStatsResource {

    @Inject
    IncidentStats stats;

    @GET
    @Tag(name = "National CERT")
    @RolesAllowed(Roles.CERT_ANALYST)
    @Operation(summary = "Incident figures across entities", description = "Roles: cert-analyst. The same figures "
            + "as /api/v1/incidents/stats, over every entity's incidents.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "from or to is not an ISO-8601 instant, or from is not before to")
    public IncidentStatsView all(
            @Parameter(description = "Start, inclusive (ISO-8601)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "End, exclusive (ISO-8601); now by default", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to) {
        return stats.of(null, from, to);
    }
}
