package io.rasmi.kpi.posts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.kpi.csv.CsvTable;
import io.rasmi.kpi.query.QueryParameters;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/kpi/posts")
@Tag(name = "Series and breakdowns", description = "An account's figures over time and by audience (G9.1, G9.2)")
public class PostsResource {

    @Inject
    RecordedPosts posts;

    @Inject
    Caller caller;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "An account's posts: the platform's figure beside Rasmi's count", description = "Roles: any "
            + "Rasmi role of the entity. For one of the entity's accounts from 'from' to 'to' (inclusive, at most 3660 "
            + "days), one point per day, ISO week or month: 'reported' is the POSTS figure the platform's export "
            + "gave (the same as GET /api/v1/kpi/series?metric=POSTS), 'recorded' the publications Rasmi recorded "
            + "from content-service, each counted once. Accept: text/csv answers the points as CSV "
            + "(start,reported,recorded).")
    @APIResponse(responseCode = "200", description = "Both counts per period", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostsView.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "start,reported,recorded\n2026-09-28,4,3\n2026-10-05,,2\n") })
    @APIResponse(responseCode = "400", description = "A parameter is missing or invalid, or the range is too long")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public Response posts(@Context HttpHeaders headers,
            @Parameter(required = true, description = "One of the entity's accounts",
                    example = "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21") @QueryParam("accountId") String accountId,
            @Parameter(required = true, description = "The first day", example = "2026-10-01") @QueryParam("from") String from,
            @Parameter(required = true, description = "The last day", example = "2026-10-31") @QueryParam("to") String to,
            @Parameter(description = "The width of a point (day by default)", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "day", "week", "month" }, defaultValue = "day")) @QueryParam("granularity") String granularity) {
        PostsView series = posts.series(caller.entity(), QueryParameters.uuid("accountId", accountId),
                QueryParameters.date("from", from), QueryParameters.date("to", to),
                QueryParameters.granularity(granularity));
        return CsvTable.answer(headers, series, () -> {
            CsvTable table = CsvTable.of("start", "reported", "recorded");
            series.points().forEach(point -> table.row(point.start(),
                    point.reported() == null ? null : point.reported().toPlainString(), point.recorded()));
            return table;
        });
    }
}
