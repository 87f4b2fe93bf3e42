package io.rasmi.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.platform.security.Roles;

@Path("/api/v1/audit/verification")
@Tag(name = "Audit", description = "The tamper-evident audit chain of this service and its verification")
public class AuditResource {

    @Inject
    AuditTrail auditTrail;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Verify this service's audit chains", description = "Roles: platform-admin. Recomputes every row's hash "
            + "and link in each chain (one per entity, `~platform` for platform-wide records, `~until-0.3` for rows "
            + "written before chains were kept per entity); `intact` is false with the first broken row when history "
            + "was edited or deleted, and `chains` names the chain that broke.")
    public AuditVerification verify() {
        return auditTrail.verify();
    }
}
