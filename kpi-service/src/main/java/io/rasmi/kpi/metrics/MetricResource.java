package io.rasmi.kpi.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.kpi.csv.CsvTable;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/kpi/metrics")
@Tag(name = "Metrics", description = "The catalogue of indicators and the platforms that report them (G9.1, G9.2)")
public class MetricResource {

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT, Roles.CERT_ANALYST, Roles.PLATFORM_ADMIN, Roles.KPI_INGEST })
    @Operation(summary = "The metric catalogue", description = "Every indicator Rasmi takes in, "
            + "with its Arabic and English title, unit, how days combine (SUM, LAST for levels such as followers, "
            + "AVERAGE for response time) and the platforms that report it; a figure for a platform that does not "
            + "report the metric is refused. Accept: text/csv answers the same as CSV (platforms separated by '|').")
    @APIResponse(responseCode = "200", description = "Every metric", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MetricView.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "metric,titleAr,titleEn,unit,aggregation,clause,platforms\n"
                            + "FOLLOWERS,المتابعون,Followers,COUNT,LAST,G9.2,FACEBOOK|X") })
    public Response list(@Context HttpHeaders headers) {
        List<MetricView> metrics = Arrays.stream(Metric.values()).map(MetricView::of).toList();
        return CsvTable.answer(headers, metrics, () -> {
            CsvTable table = CsvTable.of("metric", "titleAr", "titleEn", "unit", "aggregation", "clause", "platforms");
            metrics.forEach(m -> table.row(m.metric(), m.titleAr(), m.titleEn(), m.unit(), m.aggregation(), m.clause(),
                    m.platforms().stream().map(Enum::name).collect(Collectors.joining("|"))));
            return table;
        });
    }
}
