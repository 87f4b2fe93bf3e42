package io.rasmi.console.services;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** account-service, as the signed-in user: the register, an account's keys and posture, its lifecycle. */
@RegisterRestClient(configKey = "account-service")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface AccountApi {

    @GET
    @Path("/accounts")
    ListPage<Account> accounts(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("sort") String sort);

    @GET
    @Path("/accounts/{id}")
    Account account(@PathParam("id") UUID id);

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    Account register(NewAccount account);

    @POST
    @Path("/accounts/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    Decision decide(@PathParam("id") UUID id, Decision decision);

    @POST
    @Path("/accounts/{id}/activation")
    Account activate(@PathParam("id") UUID id);

    /** Every account of the entity that is not archived, with its score and failing clauses. */
    @GET
    @Path("/posture")
    EntityPosture posture();

    @GET
    @Path("/accounts/{id}/posture")
    PostureReport posture(@PathParam("id") UUID id);

    @GET
    @Path("/accounts/{id}/role-holders")
    ListPage<RoleHolder> roleHolders(@PathParam("id") UUID id, @QueryParam("size") int size);

    @GET
    @Path("/accounts/{id}/password-rotations")
    ListPage<Rotation> rotations(@PathParam("id") UUID id, @QueryParam("size") int size);

    @GET
    @Path("/accounts/{id}/reviews")
    ListPage<Review> reviews(@PathParam("id") UUID id, @QueryParam("size") int size);

    @GET
    @Path("/accounts/{id}/two-factor")
    TwoFactor twoFactor(@PathParam("id") UUID id);

    @POST
    @Path("/accounts/{id}/role-holders")
    @Consumes(MediaType.APPLICATION_JSON)
    RoleHolder addRoleHolder(@PathParam("id") UUID id, NewRoleHolder holder);

    /** Records a new password: account-service checks it, keeps only its hash and answers without it. */
    @POST
    @Path("/accounts/{id}/password-rotations")
    @Consumes(MediaType.APPLICATION_JSON)
    Rotation rotatePassword(@PathParam("id") UUID id, NewPassword password);

    /** The unit's current members, who may be given a role on an account. */
    @GET
    @Path("/staff")
    ListPage<StaffMember> staff(@QueryParam("active") boolean active, @QueryParam("size") int size);

    @ClientExceptionMapper
    static RuntimeException toProblem(Response response) {
        return ServiceProblems.from(response);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Account(UUID id, String entity, String platform, String handle, String profileUrl, String displayNameAr,
            String displayNameEn, String registrationEmail, String status, Instant statusChangedAt,
            Instant createdAt, long version) {
    }

    /** What the register form sends ({@code RegisterAccountRequest}); blank fields are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewAccount(String platform, String handle, String profileUrl, String displayNameAr, String displayNameEn,
            String registrationEmail, String objectives) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Decision(String decisionNumber, LocalDate decisionDate, String signatory) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntityPosture(String entityCode, Instant evaluatedAt, List<AccountPosture> accounts) {

        public List<AccountPosture> accounts() {
            return accounts == null ? List.of() : accounts;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AccountPosture(UUID accountId, String platform, String handle, String status, int score,
            List<String> failingClauses) {

        public List<String> failingClauses() {
            return failingClauses == null ? List.of() : failingClauses;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PostureReport(UUID accountId, int score, Instant evaluatedAt, List<Control> controls) {

        public List<Control> controls() {
            return controls == null ? List.of() : controls;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Control(String clause, String titleAr, String titleEn, String status, String detail, String remedy) {

        public boolean failing() {
            return "FAIL".equals(status) || "MISSING_EVIDENCE".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoleHolder(UUID id, UUID staffId, String staffName, String role, Instant addedAt, Instant removedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rotation(Instant rotatedAt, Instant nextDueAt, String rotatedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Review(UUID id, String kind, Instant reviewedAt, String findings, String recordedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TwoFactor(String method, String deviceKind, String deviceAssetTag, boolean deviceActive,
            boolean onGovernmentDevice, Instant boundAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewRoleHolder(UUID staffId, String role) {
    }

    /** The new password, passed through once; never printed (a record would print its fields). */
    record NewPassword(String newPassword) {

        @Override
        public String toString() {
            return "NewPassword[newPassword=<redacted>]";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StaffMember(UUID id, String fullName, String officialEmail, String unitRole) {
    }
}
