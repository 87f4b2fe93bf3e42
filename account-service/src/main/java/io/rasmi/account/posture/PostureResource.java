package io.rasmi.account.posture;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/posture")
@Tag(name = "Posture", description = "Official accounts measured against the guideline, clause by clause")
public class PostureResource {

    static final String CSV = "text/csv";

    @Inject
    PostureService posture;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY, Roles.MANAGEMENT })
    @Operation(summary = "The entity's accounts with their scores and failing clauses", description = "Roles: "
            + "entity-admin, it-security, management. Ask for text/csv to get the same as CSV.")
    @APIResponse(responseCode = "200", description = "Every account of the caller's entity that is not archived")
    public EntityPosture entity() {
        String entity = caller.entity();
        return new EntityPosture(entity, Instant.now(), posture.entityPosture(entity));
    }

    @GET
    @Produces(CSV)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY, Roles.MANAGEMENT })
    @Operation(summary = "The entity's posture as CSV", description = "Roles: entity-admin, it-security, management.")
    @APIResponse(responseCode = "200", description = "accountId,platform,handle,status,score,failingClauses")
    public String entityCsv() {
        return entity().toCsv();
    }

    @GET
    @Path("/national")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PLATFORM_ADMIN, Roles.CERT_ANALYST })
    @Operation(summary = "Every entity's posture rolled up", description = "Roles: platform-admin, cert-analyst.")
    @APIResponse(responseCode = "200", description = "One line per entity")
    public List<EntityPostureRollup> national() {
        return posture.national();
    }

    @POST
    @Path("/evaluations")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Re-evaluate every account now", description = "Roles: platform-admin. What the daily "
            + "scheduler does: records each account's posture and emits posture-changed and the overdue events.")
    @APIResponse(responseCode = "200", description = "How many accounts were evaluated, and how many of them failed "
            + "(each in its own transaction: one failure stops no other)")
    public Map<String, Integer> reevaluate() {
        PostureService.PostureRun run = posture.reevaluateAll();
        return Map.of("accounts", run.accounts(), "failed", run.failed());
    }
}
