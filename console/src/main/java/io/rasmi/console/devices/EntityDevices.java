package io.rasmi.console.devices;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The entity's devices in service, for the account's page ({@code {inject:entityDevices.inService}}): the only
 * devices that may reach its accounts (G6.h2) and the ones its second factor may be bound to (G6.b). Null when
 * account-service could not say; the page then says so in their place.
 */
@Named("entityDevices")
@RequestScoped
public class EntityDevices {

    private static final Logger LOG = Logger.getLogger(EntityDevices.class);

    @RestClient
    DevicesApi devices;

    private List<DevicesApi.Device> inService;

    private boolean read;

    public List<DevicesApi.Device> inService() {
        if (!read) {
            read = true;
            try {
                inService = devices.devices(true, 200).items();
            } catch (RuntimeException unreadable) {
                LOG.warnf("the entity's devices unreadable: %s", unreadable.getMessage());
                inService = null;
            }
        }
        return inService;
    }
}
