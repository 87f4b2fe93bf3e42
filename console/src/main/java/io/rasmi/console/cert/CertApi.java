package io.rasmi.console.cert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.rasmi.console.incidents.IncidentsApi;
import io.rasmi.console.services.ListQuery;
import io.rasmi.console.web.ServiceProblems;
import io.rasmi.console.web.UserTokenHeaders;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** incident-service's national CERT desk, as the signed-in analyst: every entity's incidents and their exports. */
@RegisterRestClient(configKey = "incident-service")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api/v1/cert/incidents")
@Produces(MediaType.APPLICATION_JSON)
public interface CertApi {

    /** The media type of a STIX 2.1 bundle, as incident-service answers it. */
    String STIX = "application/stix+json;version=2.1";

    @GET
    IncidentsApi.Incidents list(@BeanParam ListQuery query);

    @GET
    @Path("/{id}")
    IncidentsApi.Incident get(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/timeline")
    List<IncidentsApi.TimelineEntry> timeline(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/acknowledgement")
    IncidentsApi.Incident acknowledge(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/information-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    IncidentsApi.TimelineEntry requestInformation(@PathParam("id") UUID id, Question question);

    /** The newest STIX bundle of the incident, as the service sent it (passed through, never re-read). */
    @GET
    @Path("/{id}/stix")
    @Produces(STIX)
    Response stix(@PathParam("id") UUID id);

    /** The incident as a MISP event, as the service sent it. */
    @GET
    @Path("/{id}/misp")
    Response misp(@PathParam("id") UUID id);

    @ClientExceptionMapper
    static RuntimeException toProblem(Response response) {
        return ServiceProblems.from(response);
    }

    /** An information request ({@code InformationRequest}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Question(String question) {
    }
}
