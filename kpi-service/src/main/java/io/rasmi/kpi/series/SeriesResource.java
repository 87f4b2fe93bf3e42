package io.rasmi.kpi.series;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

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
import io.rasmi.kpi.metrics.Metric;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/kpi")
@Tag(name = "Series and breakdowns", description = "An account's figures over time and by audience (G9.1, G9.2)")
public class SeriesResource {

    @Inject
    ObservationQueries queries;

    @Inject
    Caller caller;

    @GET
    @Path("/series")
    @Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "An account's figure over time", description = "Roles: any Rasmi role of the entity. The "
            + "totals of one metric of one of the entity's accounts from 'from' to 'to' (inclusive, at most 3660 days), "
            + "one point per day, ISO week or month: flows add up, FOLLOWERS takes the newest day's figure in each "
            + "period, RESPONSE_TIME averages. Accept: text/csv answers the points as CSV (start,value).")
    @APIResponse(responseCode = "200", description = "The series", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesView.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "start,value\n2026-09-28,15230\n2026-10-05,16010\n") })
    @APIResponse(responseCode = "400", description = "A parameter is missing or invalid, or the range is too long")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public Response series(@Context HttpHeaders headers,
            @Parameter(required = true, description = "One of the entity's accounts",
                    example = "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21") @QueryParam("accountId") String accountId,
            @Parameter(required = true, schema = @Schema(implementation = Metric.class)) @QueryParam("metric") String metric,
            @Parameter(required = true, description = "The first day", example = "2026-10-01") @QueryParam("from") String from,
            @Parameter(required = true, description = "The last day", example = "2026-10-31") @QueryParam("to") String to,
            @Parameter(description = "The width of a point (day by default)", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "day", "week", "month" }, defaultValue = "day")) @QueryParam("granularity") String granularity) {
        Granularity width = granularity(granularity);
        SeriesView series = queries.series(caller.entity(), uuid("accountId", accountId), metric(metric),
                date("from", from), date("to", to), width);
        return CsvTable.answer(headers, series, () -> {
            CsvTable table = CsvTable.of("start", "value");
            series.points().forEach(point -> table.row(point.start(), point.value().toPlainString()));
            return table;
        });
    }

    @GET
    @Path("/breakdown")
    @Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "An account's figure by age, governorate or gender", description = "Roles: any Rasmi role of "
            + "the entity. One metric of one of the entity's accounts from 'from' to 'to' (inclusive), by the values of "
            + "one dimension, from the figures broken down by that dimension alone: flows add up over the days, "
            + "FOLLOWERS takes each value's newest figure, RESPONSE_TIME averages. Each item's share is its part of "
            + "the items' sum. Accept: text/csv answers the items as CSV (key,value,share).")
    @APIResponse(responseCode = "200", description = "The breakdown", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BreakdownView.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "key,value,share\nIQ-BA,300,0.25\nIQ-BG,900,0.75\n") })
    @APIResponse(responseCode = "400", description = "A parameter is missing or invalid, or the range is too long")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public Response breakdown(@Context HttpHeaders headers,
            @Parameter(required = true, description = "One of the entity's accounts",
                    example = "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21") @QueryParam("accountId") String accountId,
            @Parameter(required = true, schema = @Schema(implementation = Metric.class)) @QueryParam("metric") String metric,
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "ageBracket", "governorate", "gender" })) @QueryParam("dimension") String dimension,
            @Parameter(required = true, description = "The first day", example = "2026-10-01") @QueryParam("from") String from,
            @Parameter(required = true, description = "The last day", example = "2026-10-31") @QueryParam("to") String to) {
        Dimension by = dimension == null ? null : Dimension.ofCode(dimension);
        if (by == null) {
            throw ProblemException.invalidField("dimension", "kpi.query.dimension");
        }
        BreakdownView breakdown = queries.breakdown(caller.entity(), uuid("accountId", accountId), metric(metric), by,
                date("from", from), date("to", to));
        return CsvTable.answer(headers, breakdown, () -> {
            CsvTable table = CsvTable.of("key", "value", "share");
            breakdown.items().forEach(item -> table.row(item.key(), item.value().toPlainString(),
                    item.share() == null ? null : item.share().toPlainString()));
            return table;
        });
    }

    @GET
    @Path("/rollup")
    @Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "The entity's figure over time, all accounts together", description = "Roles: any Rasmi role "
            + "of the entity. The totals of one metric over all of the caller's entity's accounts, one point per day, "
            + "ISO week or month: flows add up, FOLLOWERS adds each account's newest figure in the period, "
            + "RESPONSE_TIME averages. Accept: text/csv answers the points as CSV (start,value).")
    @APIResponse(responseCode = "200", description = "The roll-up", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RollupView.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "start,value\n2026-10-01,120400\n") })
    @APIResponse(responseCode = "400", description = "A parameter is missing or invalid, or the range is too long")
    public Response rollup(@Context HttpHeaders headers,
            @Parameter(required = true, schema = @Schema(implementation = Metric.class)) @QueryParam("metric") String metric,
            @Parameter(required = true, description = "The first day", example = "2026-10-01") @QueryParam("from") String from,
            @Parameter(required = true, description = "The last day", example = "2026-10-31") @QueryParam("to") String to,
            @Parameter(description = "The width of a point (day by default)", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "day", "week", "month" }, defaultValue = "day")) @QueryParam("granularity") String granularity) {
        RollupView rollup = queries.rollup(caller.entity(), metric(metric), date("from", from), date("to", to),
                granularity(granularity));
        return CsvTable.answer(headers, rollup, () -> {
            CsvTable table = CsvTable.of("start", "value");
            rollup.points().forEach(point -> table.row(point.start(), point.value().toPlainString()));
            return table;
        });
    }

    @GET
    @Path("/national")
    @Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Every entity's figure over a period", description = "Roles: platform-admin. The national "
            + "view: one metric from 'from' to 'to' for each entity with figures, combined over its accounts as the "
            + "entity roll-up does. Accept: text/csv answers the entities as CSV (entity,value).")
    @APIResponse(responseCode = "200", description = "One figure per entity", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalView.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "entity,value\nmoh,120400\nmohe,80210\n") })
    @APIResponse(responseCode = "400", description = "A parameter is missing or invalid, or the range is too long")
    public Response national(@Context HttpHeaders headers,
            @Parameter(required = true, schema = @Schema(implementation = Metric.class)) @QueryParam("metric") String metric,
            @Parameter(required = true, description = "The first day", example = "2026-10-01") @QueryParam("from") String from,
            @Parameter(required = true, description = "The last day", example = "2026-10-31") @QueryParam("to") String to) {
        NationalView national = queries.national(metric(metric), date("from", from), date("to", to));
        return CsvTable.answer(headers, national, () -> {
            CsvTable table = CsvTable.of("entity", "value");
            national.entities().forEach(item -> table.row(item.entity(), item.value().toPlainString()));
            return table;
        });
    }

    private static Granularity granularity(String text) {
        Granularity width = text == null ? Granularity.DAY : Granularity.ofCode(text);
        if (width == null) {
            throw ProblemException.invalidField("granularity", "kpi.query.granularity");
        }
        return width;
    }

    private static UUID uuid(String name, String text) {
        try {
            if (text != null && text.length() == 36) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException notUuid) {
            // answered below
        }
        throw ProblemException.invalidField(name, "kpi.query.not-uuid");
    }

    private static Metric metric(String text) {
        Metric metric = text == null ? null : Metric.named(text);
        if (metric == null) {
            throw ProblemException.invalidField("metric", "kpi.line.unknown-metric");
        }
        return metric;
    }

    private static LocalDate date(String name, String text) {
        try {
            if (text != null) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException notDate) {
            // answered below
        }
        throw ProblemException.invalidField(name, "kpi.line.not-date");
    }
}
