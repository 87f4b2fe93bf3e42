package io.rasmi.content.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/moderation/stats")
@Tag(name = "Comments")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationStatsResource {

    @Inject
    ResponseStatistics statistics;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Roles.MODERATOR, Roles.ENTITY_ADMIN, Roles.MANAGEMENT })
    @Operation(summary = "Time to first response per account", description = "Roles: moderator, entity-admin, "
            + "management. For the comments made in [from, to) (the last 30 days by default, at most 366), per "
            + "account: the median and 90th percentile of the time from the comment to its first reply, and the "
            + "share answered within the target (content.moderation.response-target, 24 hours by default) among "
            + "the comments that got a reply or are past the target without one (G7.8). Comments hidden or left "
            + "without action need no reply. ?accountId= keeps one account (404 if it is not the entity's).")
    @APIResponse(responseCode = "200", description = "The figures, per account with comments in the window")
    @APIResponse(responseCode = "400", description = "A value of the wrong form, a window that is empty or too "
            + "long, or an unknown query parameter")
    @APIResponse(responseCode = "404", description = "The account is not one of the entity's")
    public ResponseStats stats(
            @Parameter(description = "Only this account", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("accountId") String accountId,
            @Parameter(description = "Comments made at or after this instant", example = "2026-03-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "Comments made before this instant", example = "2026-04-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to) {
        return statistics.of(caller.entity(), accountId, from, to);
    }
}
