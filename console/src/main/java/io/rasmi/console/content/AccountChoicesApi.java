package io.rasmi.console.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.rasmi.console.web.ServiceProblems;
import io.rasmi.console.web.UserTokenHeaders;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The entity's official accounts, from account-service, as the choices of the editor and the calendar. */
@RegisterRestClient(configKey = "account-service")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface AccountChoicesApi {

    /** The accounts in {@code status} (every one when null), newest first: a long-lived register has many. */
    @GET
    @Path("/accounts")
    Accounts accounts(@QueryParam("status") String status, @QueryParam("sort") String sort,
            @QueryParam("size") int size);

    @ClientExceptionMapper
    static RuntimeException toProblem(Response response) {
        return ServiceProblems.from(response);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Accounts(List<Account> items) {

        public List<Account> items() {
            return items == null ? List.of() : items;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Account(UUID id, String platform, String handle, String displayNameAr, String displayNameEn,
            String status) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }
}
