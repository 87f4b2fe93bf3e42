package io.rasmi.console.devices;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.rasmi.console.services.ListPage;
import io.rasmi.console.services.ListQuery;
import io.rasmi.console.web.ServiceProblems;
import io.rasmi.console.web.UserTokenHeaders;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * account-service's register of government devices (G6.h2) and the accounts' two-factor bindings to them (G6.b),
 * as the signed-in user.
 */
@RegisterRestClient(configKey = "account-service")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface DevicesApi {

    /** {@code query.whereActive}: true devices in service, false retired ones, null all; oldest first. */
    @GET
    @Path("/devices")
    ListPage<Device> devices(@BeanParam ListQuery query);

    @POST
    @Path("/devices")
    @Consumes(MediaType.APPLICATION_JSON)
    Device register(NewDevice device);

    /** Marks the device retired (kept in the register); the bindings on it stop counting for G6.b. */
    @DELETE
    @Path("/devices/{id}")
    void retire(@PathParam("id") UUID id);

    @PUT
    @Path("/accounts/{accountId}/two-factor")
    @Consumes(MediaType.APPLICATION_JSON)
    Binding bind(@PathParam("accountId") UUID accountId, NewBinding binding);

    @ClientExceptionMapper
    static RuntimeException toProblem(Response response) {
        return ServiceProblems.from(response);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Device(UUID id, String kind, String assetTag, String serialNumber, String phoneNumber,
            UUID custodianStaffId, String fingerprint, boolean active, Instant registeredAt, Instant retiredAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewDevice(String kind, String assetTag, String serialNumber, String phoneNumber, UUID custodianStaffId,
            String fingerprint) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Binding(UUID accountId, String method, UUID deviceId, String deviceKind, String deviceAssetTag,
            boolean deviceActive, boolean onGovernmentDevice, Instant boundAt, String boundBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewBinding(String method, UUID deviceId) {
    }
}
