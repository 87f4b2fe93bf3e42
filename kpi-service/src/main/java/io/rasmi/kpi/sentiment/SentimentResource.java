package io.rasmi.kpi.sentiment;

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

@Path("/api/v1/sentiment")
@Tag(name = "Sentiment", description = "How the comments on an account felt over time (G9.3)")
public class SentimentResource {

    @Inject
    SentimentQueries queries;

    @Inject
    Caller caller;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "The sentiment of an account's comments over time", description = "Roles: any Rasmi role of "
            + "the entity. The comments content-service received on one of the entity's accounts from 'from' to 'to' "
            + "(inclusive, by the day in Baghdad they were written, at most 3660 days), counted per class (POSITIVE, "
            + "NEUTRAL, NEGATIVE) with each class's share, one point per day, ISO week or month, and for the whole "
            + "range. Accept: text/csv answers the points as CSV "
            + "(start,positive,neutral,negative,total,positiveShare,neutralShare,negativeShare).")
    @APIResponse(responseCode = "200", description = "The sentiment series", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SentimentView.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "start,positive,neutral,negative,total,positiveShare,neutralShare,negativeShare\n"
                            + "2026-09-28,42,30,8,80,0.5250,0.3750,0.1000\n") })
    @APIResponse(responseCode = "400", description = "A parameter is missing or invalid, or the range is too long")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public Response sentiment(@Context HttpHeaders headers,
            @Parameter(required = true, description = "One of the entity's accounts",
                    example = "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21") @QueryParam("accountId") String accountId,
            @Parameter(required = true, description = "The first day", example = "2026-10-01") @QueryParam("from") String from,
            @Parameter(required = true, description = "The last day", example = "2026-10-31") @QueryParam("to") String to,
            @Parameter(description = "The width of a point (day by default)", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "day", "week", "month" }, defaultValue = "day")) @QueryParam("granularity") String granularity) {
        SentimentView series = queries.series(caller.entity(), QueryParameters.uuid("accountId", accountId),
                QueryParameters.date("from", from), QueryParameters.date("to", to),
                QueryParameters.granularity(granularity));
        return CsvTable.answer(headers, series, () -> {
            CsvTable table = CsvTable.of("start", "positive", "neutral", "negative", "total", "positiveShare",
                    "neutralShare", "negativeShare");
            series.points().forEach(point -> table.row(point.start(), point.positive(), point.neutral(),
                    point.negative(), point.total(), point.share().positive().toPlainString(),
                    point.share().neutral().toPlainString(), point.share().negative().toPlainString()));
            return table;
        });
    }
}
