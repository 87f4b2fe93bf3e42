package io.rasmi.kpi.reports;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import com.fasterxml.jackson.databind.ObjectMapper;

import io.rasmi.kpi.csv.CsvTable;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Weekly and monthly reports to management per entity (G9.1, G9.2)")
public class ReportResource {

    @Inject
    Reports reports;

    @Inject
    ReportPdf pdf;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    @GET
    @Path("/{period}")
    @Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE, ReportPdf.MEDIA_TYPE })
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.MANAGEMENT })
    @Operation(summary = "The entity's report for a week or a month", description = "Roles: entity-admin, "
            + "management. The report of the caller's entity for a closed period: per account, each metric against "
            + "the period before, the daily series, followers and reach by age, governorate and gender, and target "
            + "attainment. Days are Asia/Baghdad's; a week runs from Saturday to Friday (the working week, Sunday to "
            + "Thursday, whole) and is written 2026-W47 after the ISO week of its Monday; a month is written 2026-11. "
            + "Reports are made by a schedule 6 hours after the period closes and kept as made; asked for before the "
            + "schedule made it (but after that time), it is made and stored at once. Accept: text/csv answers one "
            + "table; Accept: application/pdf the Arabic, right-to-left report with its charts.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "period,section,accountId,handle,platform,metric,key,value,previous,change,share,target,"
                            + "attainment,met\n2026-W47,metric,3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21,moh.iraq,FACEBOOK,"
                            + "NEW_FOLLOWERS,,420,350,0.2,,,,\n"),
            @Content(mediaType = ReportPdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")) })
    @APIResponse(responseCode = "400", description = "The period is neither a week (2026-W47) nor a month (2026-11)")
    @APIResponse(responseCode = "404", description = "The period has not closed long enough for its report (the "
            + "problem says when it will be ready)")
    public Response report(@Context HttpHeaders headers,
            @Parameter(description = "A week (YYYY-Www) or a month (YYYY-MM)", example = "2026-W47")
            @PathParam("period") String code) {
        ReportPeriod period = ReportPeriod.parse(code);
        if (period == null) {
            throw ProblemException.invalidField("period", "kpi.report.period");
        }
        Reports.Stored stored = reports.report(caller.entity(), period);
        String wanted = wanted(headers);
        if (wanted.equals(MediaType.APPLICATION_JSON)) {
            return Response.ok(stored.json(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        ReportView report = read(stored);
        if (wanted.equals(CsvTable.MEDIA_TYPE)) {
            return Response.ok(ReportCsv.of(report).text(), CsvTable.CSV)
                    .header("Content-Disposition", "attachment; filename=\"report-" + period.code() + ".csv\"")
                    .build();
        }
        return Response.ok(pdf.render(report), ReportPdf.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"report-" + period.code() + ".pdf\"")
                .build();
    }

    /** The first of JSON, CSV and PDF the caller's Accept names (by preference); JSON for a wildcard. */
    private static String wanted(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return MediaType.APPLICATION_JSON;
            }
            if (type.isCompatible(MediaType.valueOf(ReportPdf.MEDIA_TYPE))) {
                return ReportPdf.MEDIA_TYPE;
            }
            if (type.isCompatible(CsvTable.CSV)) {
                return CsvTable.MEDIA_TYPE;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON;
            }
        }
        return MediaType.APPLICATION_JSON;
    }

    private ReportView read(Reports.Stored stored) {
        try {
            return json.readValue(stored.json(), ReportView.class);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
