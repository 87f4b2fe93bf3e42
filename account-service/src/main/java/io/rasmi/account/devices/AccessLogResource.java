package io.rasmi.account.devices;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/accounts/{accountId}/access-log")
@Tag(name = "Access log", description = "Sessions from the platforms' access histories, checked against the device "
        + "register (G6.h, G6.h2)")
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

    @Inject
    AccessLogService accessLog;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY })
    @Operation(summary = "Record sessions copied from the platform's access history", description = "Roles: "
            + "entity-admin, it-security. 1 to 500 sessions; none in the future; IP addresses as IPv4 or IPv6. "
            + "Sessions already recorded are skipped. A session whose fingerprint names no registered device in "
            + "service is stored as an anomaly and emits io.rasmi.account.access-anomaly.v1, once per device "
            + "fingerprint, account and UTC day of the session (G6.h2).")
    @APIResponse(responseCode = "200", description = "What the batch recorded")
    @APIResponse(responseCode = "400", description = "An invalid session; nothing of the batch is stored")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public AccessLogReceipt record(@PathParam("accountId") UUID accountId,
            @NotNull @Size(min = 1, max = AccessLogService.MAX_BATCH) List<@NotNull @Valid AccessSessionRequest> sessions) {
        return accessLog.record(caller.entity(), accountId, sessions);
    }

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY, Roles.MANAGEMENT })
    @Operation(summary = "The account's recorded sessions", description = "Roles: entity-admin, it-security, "
            + "management (sessions carry IP addresses and places, so not every role of the unit reads them).")
    @APIResponse(responseCode = "200", description = "A page of sessions, latest first")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public Page<AccessSessionView> list(@PathParam("accountId") UUID accountId, @Valid @BeanParam PageRequest page,
            @Parameter(description = "true lists only sessions from unknown devices")
            @QueryParam("anomaliesOnly") @DefaultValue("false") boolean anomaliesOnly) {
        return accessLog.list(caller.entity(), accountId, anomaliesOnly, page);
    }
}
