package io.rasmi.console.services;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.rasmi.console.web.ServiceProblems;
import io.rasmi.console.web.UserTokenHeaders;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** incident-service, as the signed-in user. */
@RegisterRestClient(configKey = "incident-service")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface IncidentApi {

    /** The states of an incident still being handled (incident-service's {@code IncidentState.isOpen}). */
    List<String> OPEN_STATES = List.of("REPORTED", "TRIAGED", "CONTAINED", "ERADICATED", "RECOVERED");

    /** How many of the entity's incidents are in {@code state}. */
    @GET
    @Path("/incidents")
    Counted countIncidents(@BeanParam ListQuery query);

    @ClientExceptionMapper
    static RuntimeException toProblem(Response response) {
        return ServiceProblems.from(response);
    }
}
