package io.rasmi.console.cert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.rasmi.console.web.ServiceProblems;
import io.rasmi.console.web.UserTokenHeaders;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** account-service's national posture roll-up (every entity's accounts against the guideline), as the analyst. */
@RegisterRestClient(configKey = "account-service")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api/v1/posture/national")
@Produces(MediaType.APPLICATION_JSON)
public interface NationalPostureApi {

    @GET
    List<EntityRollup> national();

    @ClientExceptionMapper
    static RuntimeException toProblem(Response response) {
        return ServiceProblems.from(response);
    }

    /** One entity's line ({@code EntityPostureRollup}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntityRollup(String entityCode, String nameAr, String nameEn, int accounts, int fullyCompliant,
            int averageScore, Map<String, Integer> failingClauseCounts) {

        /** Failing clauses in clause order, for a stable line. */
        public Map<String, Integer> failingClauseCounts() {
            return failingClauseCounts == null ? Map.of() : new TreeMap<>(failingClauseCounts);
        }
    }
}
