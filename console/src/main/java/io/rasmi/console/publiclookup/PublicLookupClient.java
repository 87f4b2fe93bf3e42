package io.rasmi.console.publiclookup;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.rasmi.console.web.ServiceProblems;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** account-service's public lookup: open to anyone, so no token goes with it; the visitor's address does. */
@RegisterRestClient(configKey = "account-service")
@RegisterClientHeaders(io.rasmi.console.web.AcceptLanguageHeaders.class)
@Path("/public/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface PublicLookupClient {

    /**
     * @param visitor the address of the visitor who asked, as the console sees it: account-service's per-client
     *                rate limit counts it (it trusts the header from the console only), so that visitors do not
     *                share the console's one budget
     */
    @GET
    @Path("/verify")
    Verdict verify(@QueryParam("url") String url, @QueryParam("platform") String platform,
            @QueryParam("handle") String handle, @HeaderParam("X-Forwarded-For") String visitor);

    @ClientExceptionMapper
    static RuntimeException toProblem(Response response) {
        return ServiceProblems.from(response);
    }
}
