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

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** content-service, as the signed-in user. */
@RegisterRestClient(configKey = "content-service")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ContentApi {

    /** How many of the entity's content items are in {@code state}. */
    @GET
    @Path("/content")
    Counted countContent(@BeanParam ListQuery query);

    /** How many comments of the moderation queue are (not) answered. */
    @GET
    @Path("/moderation-queue")
    Counted countComments(@BeanParam ListQuery query);

    @ClientExceptionMapper
    static RuntimeException toProblem(Response response) {
        return ServiceProblems.from(response);
    }
}
