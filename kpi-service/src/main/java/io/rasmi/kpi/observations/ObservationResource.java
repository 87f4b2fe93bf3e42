package io.rasmi.kpi.observations;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.platform.idempotency.IdempotentRequests;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.problem.ProblemMessages;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/kpi/observations")
@Tag(name = "Observations", description = "Figures from the platforms' analytics, with demographic breakdowns (G9.2)")
public class ObservationResource {

    /** The largest batch taken (rasmi.http.streamed-body-limits in application.properties says the same). */
    public static final String MAX_BATCH = "512 MiB (about 5 million CSV or 2 million JSON lines)";

    @Inject
    ObservationIngest ingest;

    @Inject
    ProblemMessages messages;

    @Inject
    Caller caller;

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, BatchFormat.NDJSON_TYPE, BatchFormat.CSV_TYPE })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PUBLISHER, Roles.MANAGEMENT, Roles.KPI_INGEST })
    @Operation(summary = "Take in a batch of figures", description = "Roles: publisher, management, kpi-ingest. "
            + "A batch of figures exported from the platforms' analytics, as a JSON array, NDJSON (one object a "
            + "line) or CSV (a header row: accountId,date,metric,value[,ageBracket,governorate,gender]; an empty "
            + "dimension cell is the total). Each figure is stored under its account, metric, day and dimensions, "
            + "replacing the one stored before, so a re-sent export changes nothing. The batch is all or nothing: "
            + "a bad line refuses it and names each bad line in violations ('line 17: metric'; the header is line 1 "
            + "of a CSV, and a JSON array's lines are its items), up to 100. The accounts must be the caller's "
            + "entity's (404 otherwise) and their platforms must report the metric (422, G9.1). Batches are read "
            + "as a stream, up to " + MAX_BATCH + ". Idempotency-Key: the same key and the same bytes replay the "
            + "first answer; the same key with other bytes is 422.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ObservationInput.class)),
            // No example object: the document's generator reads an NDJSON example as its first JSON object only.
            @Content(mediaType = BatchFormat.NDJSON_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "One ObservationLine object a line, UTF-8; blank lines are skipped")),
            @Content(mediaType = BatchFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "two lines", value = "accountId,date,metric,value,ageBracket,"
                            + "governorate,gender\n3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21,2026-11-29,REACH,15230,,,\n"
                            + "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21,2026-11-29,REACH,2100,18-24,,FEMALE\n")) })
    @APIResponse(responseCode = "200", description = "Stored: what the batch changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IngestReport.class)))
    @APIResponse(responseCode = "400", description = "Bad lines, each named by its number and field; nothing stored")
    @APIResponse(responseCode = "404", description = "A line names an account that is not the caller's entity's; "
            + "nothing stored")
    @APIResponse(responseCode = "413", description = "The batch is larger than " + MAX_BATCH)
    @APIResponse(responseCode = "415", description = "Not JSON, NDJSON or CSV")
    @APIResponse(responseCode = "422", description = "A line's metric is not reported by its account's platform "
            + "(G9.1), or the Idempotency-Key was used with another batch; nothing stored")
    public Response ingest(InputStream body, @Context HttpHeaders headers,
            @Parameter(description = "Makes a retried batch safe: the same key and bytes replay the first answer")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String entity = caller.entity();
        BatchFormat format = BatchFormat.of(headers.getMediaType());
        if (format == null) {
            throw new ProblemException(io.rasmi.platform.problem.ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "kpi.batch.unsupported-type", null, null);
        }
        return ingest.ingest(entity, format, body, idempotencyKey,
                messages.choose(headers.getAcceptableLanguages()));
    }
}
