package io.rasmi.console.devices;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rasmi.console.services.AccountApi;
import io.rasmi.console.services.ListQuery;
import io.rasmi.console.staff.StaffApi;
import io.rasmi.console.web.ConsoleRoles;
import io.rasmi.console.web.FormErrors;
import io.rasmi.console.web.Page;
import io.rasmi.console.web.Pages;
import io.rasmi.console.web.ServiceCalls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The entity's register of government devices (G6.h2), for the head of unit and the IT officer (the roles
 * account-service lets register and retire them): the devices with their keeper, register one, retire one; and
 * the form that binds an account's second factor to one of them (G6.b), reached from the account's page and from
 * the list of the entity's accounts below the register (the IT officer has no account pages).
 */
@Path("/devices")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ ConsoleRoles.ENTITY_ADMIN, ConsoleRoles.IT_SECURITY })
public class DevicesPage {

    private static final String SERVICE = "account-service";

    private static final int MAX_PAGE = 200;

    @CheckedTemplate
    static class Templates {
        /** {@code accounts}: the entity's accounts, each linked to its two-factor binding form. */
        static native TemplateInstance devices(Page page, DeviceRegister register, List<AccountApi.Account> accounts,
                FormErrors listErrors, DeviceForm form, FormErrors errors);

        static native TemplateInstance binding(Page page, AccountApi.Account account,
                List<DevicesApi.Device> devices, BindingForm form, FormErrors errors);
    }

    @Inject
    Pages pages;

    @Inject
    ServiceCalls calls;

    @RestClient
    DevicesApi devices;

    @RestClient
    StaffApi staff;

    @RestClient
    AccountApi accounts;

    @GET
    public TemplateInstance register() {
        return registerPage(DeviceForm.empty(), FormErrors.NONE, FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object registerDevice(@BeanParam DeviceForm form) {
        FormErrors errors = calls.act(SERVICE, () -> devices.register(form.toRequest()), DeviceForm.FIELDS);
        if (!errors.any()) {
            return seeOther("/devices");
        }
        return Response.status(422).entity(registerPage(form, FormErrors.NONE, errors)).build();
    }

    /** Retiring a device twice changes nothing (the service says so), so a repeated click is harmless. */
    @POST
    @Path("/{id}/retirement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object retire(@PathParam("id") UUID id) {
        FormErrors errors = calls.act(SERVICE, () -> devices.retire(id), Set.of());
        if (!errors.any()) {
            return seeOther("/devices");
        }
        return Response.status(422).entity(registerPage(DeviceForm.empty(), errors, FormErrors.NONE)).build();
    }

    @GET
    @Path("/two-factor/{accountId}")
    public TemplateInstance bindingForm(@PathParam("accountId") UUID accountId) {
        return bindingPage(accountId, BindingForm.empty(), FormErrors.NONE);
    }

    /** Another entity's account (or none) is 404 here as in the service; any other refusal is shown on the form. */
    @POST
    @Path("/two-factor/{accountId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object bind(@PathParam("accountId") UUID accountId, @BeanParam BindingForm form) {
        ServiceCalls.Answer<DevicesApi.Binding> bound = calls.read(SERVICE,
                () -> devices.bind(accountId, form.toRequest()), BindingForm.FIELDS);
        if (bound.status() == 404) {
            throw new NotFoundException();
        }
        if (bound.ok()) {
            // the account's page is the head of unit's; the IT officer comes back to the devices
            return seeOther(pages.viewer().has(ConsoleRoles.ENTITY_ADMIN) ? "/accounts/" + accountId : "/devices");
        }
        return Response.status(422).entity(bindingPage(accountId, form, bound.errors())).build();
    }

    /**
     * The register, the unit's members (the keepers) and the entity's accounts, asked together; the first that
     * fails is said above the list (unless {@code listErrors} already say something), and what follows it is left
     * empty.
     */
    private TemplateInstance registerPage(DeviceForm form, FormErrors listErrors, FormErrors errors) {
        ListQuery all = ListQuery.first(MAX_PAGE);
        Supplier<List<StaffApi.Member>> keepers = calls.start(() -> staff.members(all).items());
        Supplier<List<AccountApi.Account>> entityAccounts = calls.start(
                () -> accounts.accounts(0, MAX_PAGE, "-createdAt").items());
        ServiceCalls.Answer<List<DevicesApi.Device>> register = calls.read(SERVICE,
                () -> devices.devices(all).items());
        ServiceCalls.Answer<List<StaffApi.Member>> members = register.ok() ? calls.read(SERVICE, keepers)
                : register.failed();
        ServiceCalls.Answer<List<AccountApi.Account>> listed = members.ok() ? calls.read(SERVICE, entityAccounts)
                : members.failed();
        FormErrors shown = listErrors.any() ? listErrors : listed.errors();
        return pages.show(Templates.devices(pages.page(),
                DeviceRegister.of(register.valueOr(List.of()), members.valueOr(List.of())),
                listed.valueOr(List.of()), shown, form, errors));
    }

    /** The binding form: the account (another entity's, or none, is 404) and the entity's devices in service. */
    private TemplateInstance bindingPage(UUID accountId, BindingForm form, FormErrors errors) {
        Supplier<List<DevicesApi.Device>> inService = calls.start(
                () -> devices.devices(ListQuery.first(MAX_PAGE).whereActive(true)).items());
        AccountApi.Account account = calls.record(SERVICE, () -> accounts.account(accountId));
        return pages.show(Templates.binding(pages.page(), account, calls.record(SERVICE, inService), form, errors));
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
