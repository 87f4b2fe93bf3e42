package io.rasmi.kpi.targets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.platform.http.Versions;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/targets")
@Tag(name = "Targets", description = "What the entity aims for on each account, per metric and period (G4.3.g, G9.1)")
@Produces(MediaType.APPLICATION_JSON)
public class TargetResource {

    @Inject
    TargetService targets;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.MANAGEMENT })
    @Operation(summary = "Set a target", description = "Roles: entity-admin, management. Sets what the entity aims for "
            + "on one of its accounts for a metric and a period (WEEK, MONTH or QUARTER), replacing the figure set "
            + "before: there is one target per account, metric and period. The account's platform must report the "
            + "metric (GET /api/v1/kpi/metrics).")
    @APIResponse(responseCode = "200", description = "The target replaced the one before",
            content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "201", description = "The first target of this account, metric and period",
            content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    @APIResponse(responseCode = "422", description = "The account's platform does not report this metric (G9.1)")
    public Response set(@NotNull @Valid SetTargetRequest request) {
        TargetService.Outcome outcome = targets.set(caller.entity(), caller.username(), request);
        TargetView target = outcome.target();
        return outcome.created()
                ? Versions.created("/api/v1/targets?accountId=" + target.accountId(), target, target.version())
                : Versions.ok(target, target.version());
    }

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "The entity's targets", description = "Roles: any Rasmi role of the entity. Ordered by "
            + "account, metric and period; ?accountId= keeps one account's.")
    @APIResponse(responseCode = "200", description = "A page of targets")
    @APIResponse(responseCode = "400", description = "An invalid account id, page or query parameter")
    public Page<TargetView> list(
            @Parameter(description = "Only this account's targets", example = "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21")
            @QueryParam("accountId") UUID accountId,
            @Valid @BeanParam PageRequest page) {
        return targets.list(caller.entity(), accountId, page);
    }

    @GET
    @Path("/attainment")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "How far an account reached its targets", description = "Roles: any Rasmi role of the entity. "
            + "The account's targets of one period (WEEK by default) against its figures in the period that holds "
            + "'date' (today by default; a week runs Saturday to Friday, Baghdad days): a flow's figure is the period's sum, FOLLOWERS the newest figure in it, "
            + "RESPONSE_TIME the average, met at or below its target.")
    @APIResponse(responseCode = "200", description = "The account's attainment",
            content = @Content(schema = @Schema(implementation = AttainmentView.class)))
    @APIResponse(responseCode = "400", description = "An invalid account id, period or date")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public AttainmentView attainment(
            @Parameter(required = true, description = "One of the entity's accounts",
                    example = "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21") @QueryParam("accountId") String accountId,
            @Parameter(schema = @Schema(implementation = TargetPeriod.class, defaultValue = "WEEK"))
            @QueryParam("period") String period,
            @Parameter(description = "A day of the period", example = "2026-10-07") @QueryParam("date") String date) {
        UUID account;
        try {
            account = accountId != null && accountId.length() == 36 ? UUID.fromString(accountId) : null;
        } catch (IllegalArgumentException notUuid) {
            account = null;
        }
        if (account == null) {
            throw ProblemException.invalidField("accountId", "kpi.query.not-uuid");
        }
        TargetPeriod which = TargetPeriod.WEEK;
        if (period != null) {
            which = java.util.Arrays.stream(TargetPeriod.values()).filter(p -> p.name().equals(period)).findFirst()
                    .orElseThrow(() -> ProblemException.invalidField("period", "kpi.query.period"));
        }
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(clock) : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException notDate) {
            throw ProblemException.invalidField("date", "kpi.line.not-date");
        }
        return targets.attainment(caller.entity(), account, which, day);
    }
}
