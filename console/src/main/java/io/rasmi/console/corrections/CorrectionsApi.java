package io.rasmi.console.corrections;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.rasmi.console.web.ServiceProblems;
import io.rasmi.console.web.UserTokenHeaders;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** content-service's error corrections (G7.5) as the signed-in user calls them: open one, read it, do its steps. */
@RegisterRestClient(configKey = "content-service")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api/v1/corrections")
@Produces(MediaType.APPLICATION_JSON)
public interface CorrectionsApi {

    @GET
    Corrections list(@QueryParam("state") String state, @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    Correction get(@PathParam("id") UUID id);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Correction open(Opening opening);

    @POST
    @Path("/{id}/steps/{step}")
    Correction complete(@PathParam("id") UUID id, @PathParam("step") String step);

    @ClientExceptionMapper
    static RuntimeException toProblem(Response response) {
        return ServiceProblems.from(response);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Corrections(List<Correction> items, long total) {

        public List<Correction> items() {
            return items == null ? List.of() : items;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Correction(UUID id, UUID accountId, String platform, UUID contentId, String platformPostUrl,
            String errorType, String procedure, Instant editableUntil, String description, Instant detectedAt,
            String state, List<Step> steps, String nextStep, Instant correctedAt, Integer timeToCorrectSeconds) {

        public List<Step> steps() {
            return steps == null ? List.of() : steps;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Step(int position, String step, String titleAr, String titleEn, Instant doneAt, String doneByName) {

        public boolean done() {
            return doneAt != null;
        }
    }

    /** What opens a correction ({@code CorrectionRequest}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Opening(UUID accountId, UUID contentId, String platformPostUrl, String errorType, Instant detectedAt,
            String description) {
    }
}
