package io.rasmi.account.impersonation;

import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.platform.http.Versions;
import io.rasmi.platform.idempotency.IdempotentRequests;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/impersonation-reports")
@Tag(name = "Impersonation", description = "Accounts that impersonate an entity (G6.l, G4.3.i)")
@Produces(MediaType.APPLICATION_JSON)
public class ImpersonationResource {

    @Inject
    ImpersonationReports reports;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY, Roles.MODERATOR })
    @Transactional
    @Operation(summary = "Report an account that impersonates the entity", description = "Roles: entity-admin, "
            + "it-security, moderator. The report belongs to the caller's entity and starts REPORTED; "
            + "impersonatedAccountId, if given, must be one of the entity's own official accounts. "
            + "Emits io.rasmi.account.impersonation-reported.v1 (G6.l, G4.3.i).")
    @APIResponse(responseCode = "201", description = "Reported",
            content = @Content(schema = @Schema(implementation = ImpersonationReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a profileUrl that is not the reported account")
    @APIResponse(responseCode = "404", description = "impersonatedAccountId is not an account of the caller's entity")
    @APIResponse(responseCode = "409", description = "This account is already reported and the report is open")
    @APIResponse(responseCode = "422", description = "The reported handle is an official account in the register")
    public Response report(@NotNull @Valid ReportImpersonationRequest request,
            @Parameter(description = "Makes a retried request safe: the same key and body replay the first answer")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String entity = caller.entity();
        return idempotentRequests.execute(entity, idempotencyKey, "POST /api/v1/impersonation-reports", request,
                () -> {
                    ImpersonationReportView report = reports.report(entity, request);
                    return Versions.created("/api/v1/impersonation-reports/" + report.id(), report, report.version());
                });
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY, Roles.MODERATOR })
    @Operation(summary = "Move a report on", description = "Roles: entity-admin, it-security, moderator. "
            + "REPORTED to SUBMITTED_TO_PLATFORM (platformCaseRef required), then SUBMITTED_TO_PLATFORM to REMOVED or "
            + "REJECTED. If-Match, when sent, must be the report's current version.")
    @APIResponse(responseCode = "200", description = "The report in its new status, with its version as ETag",
            content = @Content(schema = @Schema(implementation = ImpersonationReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or no platformCaseRef to submit to the platform")
    @APIResponse(responseCode = "404", description = "No such report in the caller's entity")
    @APIResponse(responseCode = "409", description = "The report's status does not allow this step")
    @APIResponse(responseCode = "412", description = "If-Match is not the report's current version")
    public Response transition(@PathParam("id") UUID id, @NotNull @Valid TransitionRequest request,
            @Parameter(description = "The version read, as an entity tag") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch) {
        ImpersonationReportView report = reports.transition(caller.entity(), id, request, ifMatch);
        return Versions.ok(report, report.version());
    }

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "The entity's impersonation reports", description = "Roles: any Rasmi role of the entity. "
            + "Newest first; ?status= keeps one status.")
    @APIResponse(responseCode = "200", description = "A page of reports")
    public Page<ImpersonationReportView> list(
            @Parameter(description = "Only reports in this status", example = "REPORTED") @QueryParam("status")
            String status,
            @Valid @BeanParam PageRequest page) {
        return reports.list(caller.entity(), statusOf(status), page);
    }

    /** A status named in a query; an unknown one is bad input (400), not a path that does not exist. */
    private static ImpersonationStatus statusOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ImpersonationStatus.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalidField("status", "impersonation.unknown-status", name.strip());
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "An impersonation report", description = "Roles: any Rasmi role of the entity. Another "
            + "entity's report answers 404.")
    @APIResponse(responseCode = "200", description = "The report, with its version as ETag",
            content = @Content(schema = @Schema(implementation = ImpersonationReportView.class)))
    @APIResponse(responseCode = "404", description = "No such report in the caller's entity")
    public Response get(@PathParam("id") UUID id) {
        ImpersonationReportView report = reports.get(caller.entity(), id);
        return Versions.ok(report, report.version());
    }
}
