package io.rasmi.console.staff;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.rasmi.console.services.ListPage;
import io.rasmi.console.services.ListQuery;
import io.rasmi.console.web.ServiceProblems;
import io.rasmi.console.web.UserTokenHeaders;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * account-service's social media unit ({@code /api/v1/staff}, G4.3.k, G7.6), as the signed-in user: the members,
 * a member added or marked as having left, the trainings they completed.
 */
@RegisterRestClient(configKey = "account-service")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
public interface StaffApi {

    /** {@code query.whereActive}: true current members, false those who left, null everyone; oldest first. */
    @GET
    ListPage<Member> members(@BeanParam ListQuery query);

    @GET
    @Path("/{id}")
    Member member(@PathParam("id") UUID id);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Member add(NewMember member);

    /** A merge patch; {@code ifMatch} is the version read, as an ETag ({@code "3"}). */
    @PATCH
    @Path("/{id}")
    @Consumes("application/merge-patch+json")
    Member change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MemberChange change);

    @GET
    @Path("/{id}/trainings")
    ListPage<Training> trainings(@PathParam("id") UUID id, @BeanParam ListQuery query);

    @POST
    @Path("/{id}/trainings")
    @Consumes(MediaType.APPLICATION_JSON)
    Training recordTraining(@PathParam("id") UUID id, NewTraining training);

    @ClientExceptionMapper
    static RuntimeException toProblem(Response response) {
        return ServiceProblems.from(response);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Member(UUID id, String entity, String fullName, String officialEmail, String unitRole, boolean active,
            Instant leftAt, Instant createdAt, long version) {

        /** The version as the ETag account-service expects back in If-Match. */
        public String etag() {
            return "\"" + version + "\"";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewMember(String fullName, String officialEmail, String unitRole) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MemberChange(Boolean active) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Training(UUID id, UUID staffId, String topic, Instant completedAt, String evidenceUrl, Instant recordedAt,
            String recordedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewTraining(String topic, Instant completedAt, String evidenceUrl) {
    }
}
