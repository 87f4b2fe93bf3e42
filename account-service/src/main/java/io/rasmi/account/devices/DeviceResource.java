package io.rasmi.account.devices;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.platform.idempotency.IdempotentRequests;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/devices")
@Tag(name = "Government devices", description = "Devices the entity owns, the only ones that may reach its accounts (G6.h2)")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    @Inject
    DeviceService devices;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY })
    @Transactional
    @Operation(summary = "Register a government device", description = "Roles: entity-admin, it-security. A PHONE "
            + "needs a valid phone number; numbers are read as Iraqi unless they carry a country code, Arabic-Indic "
            + "digits are accepted, and the number is stored in E.164.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = DeviceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, for example a phone number that is not valid")
    @APIResponse(responseCode = "409", description = "The asset tag, or the fingerprint of an active device, is taken "
            + "in the entity")
    @APIResponse(responseCode = "422", description = "The custodian is not an active member of the entity's unit")
    public Response register(@NotNull @Valid RegisterDeviceRequest request,
            @Parameter(description = "Makes a retried request safe: the same key and body replay the first answer")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String entity = caller.entity();
        return idempotentRequests.execute(entity, idempotencyKey, "POST /api/v1/devices", request, () -> {
            DeviceView device = devices.register(entity, request);
            return Response.created(URI.create("/api/v1/devices/" + device.id())).entity(device).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY })
    @Operation(summary = "The entity's devices", description = "Roles: any Rasmi role of the entity.")
    @APIResponse(responseCode = "200", description = "A page of devices, oldest first")
    public Page<DeviceView> list(@Valid @BeanParam PageRequest page,
            @Parameter(description = "true: only devices in service; false: only retired ones; absent: all")
            @QueryParam("active") Boolean active) {
        return devices.list(caller.entity(), active, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY })
    @Operation(summary = "A device", description = "Roles: any Rasmi role of the entity. Another entity's device "
            + "answers 404.")
    @APIResponse(responseCode = "200", description = "The device")
    @APIResponse(responseCode = "404", description = "No such device in the caller's entity")
    public DeviceView get(@PathParam("id") UUID id) {
        return devices.get(caller.entity(), id);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY })
    @Operation(summary = "Retire a device", description = "Roles: entity-admin, it-security. The device is kept and "
            + "marked retired; a two-factor binding on it stops counting for G6.b, so the accounts using it fail "
            + "G6.b until they are bound to another device. Emits io.rasmi.account.two-factor-changed.v1 (with "
            + "deviceRetiredAt) for each account bound to it. Retiring it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Retired")
    @APIResponse(responseCode = "404", description = "No such device in the caller's entity")
    public void retire(@PathParam("id") UUID id) {
        devices.retire(caller.entity(), id);
    }
}
