package io.rasmi.console.devices;

import io.rasmi.console.services.ListQuery;
import io.rasmi.console.web.ServiceCalls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The entity's devices in service, for the account's page ({@code {inject:entityDevices.inService}}): the only
 * devices that may reach its accounts (G6.h2) and the ones its second factor may be bound to (G6.b). Null when
 * account-service could not say; the page then says so in their place. The page's resource calls {@link #start()}
 * before its own reads, so that this one runs beside them rather than after them, at render.
 */
@Named("entityDevices")
@RequestScoped
public class EntityDevices {

    @RestClient
    DevicesApi devices;

    @Inject
    ServiceCalls calls;

    private Supplier<List<DevicesApi.Device>> running;

    private List<DevicesApi.Device> inService;

    private boolean read;

    /** Asks account-service now, on a worker; {@link #inService()} then waits for the answer. */
    public void start() {
        if (running == null) {
            running = calls.start(() -> devices.devices(ListQuery.first(200).whereActive(true)).items());
        }
    }

    public List<DevicesApi.Device> inService() {
        if (!read) {
            read = true;
            start();
            inService = calls.optional("the entity's devices", running, null);
        }
        return inService;
    }
}
