package io.rasmi.console.devices;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rasmi.console.services.AccountApi;
import io.rasmi.console.staff.StaffApi;
import io.rasmi.console.web.ConsoleRoles;
import io.rasmi.console.web.FormErrors;
import io.rasmi.console.web.Page;
import io.rasmi.console.web.Pages;
import io.rasmi.console.web.ServiceProblemException;
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

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(DevicesPage.class);

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
        FormErrors errors;
        try {
            devices.register(form.toRequest());
            return seeOther("/devices");
        } catch (ServiceProblemException problem) {
            errors = FormErrors.of(problem.problem(), DeviceForm.FIELDS);
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        return Response.status(422).entity(registerPage(form, FormErrors.NONE, errors)).build();
    }

    /** Retiring a device twice changes nothing (the service says so), so a repeated click is harmless. */
    @POST
    @Path("/{id}/retirement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object retire(@PathParam("id") UUID id) {
        FormErrors errors;
        try {
            devices.retire(id);
            return seeOther("/devices");
        } catch (ServiceProblemException problem) {
            errors = FormErrors.of(problem.problem(), Set.of());
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        return Response.status(422).entity(registerPage(DeviceForm.empty(), errors, FormErrors.NONE)).build();
    }

    @GET
    @Path("/two-factor/{accountId}")
    public TemplateInstance bindingForm(@PathParam("accountId") UUID accountId) {
        return bindingPage(accountId, BindingForm.empty(), FormErrors.NONE);
    }

    @POST
    @Path("/two-factor/{accountId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object bind(@PathParam("accountId") UUID accountId, @BeanParam BindingForm form) {
        FormErrors errors;
        try {
            devices.bind(accountId, form.toRequest());
            // the account's page is the head of unit's; the IT officer comes back to the devices
            return seeOther(pages.viewer().has(ConsoleRoles.ENTITY_ADMIN) ? "/accounts/" + accountId : "/devices");
        } catch (ServiceProblemException problem) {
            if (problem.status() == 404) {
                throw new NotFoundException();
            }
            errors = FormErrors.of(problem.problem(), BindingForm.FIELDS);
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        return Response.status(422).entity(bindingPage(accountId, form, errors)).build();
    }

    private TemplateInstance registerPage(DeviceForm form, FormErrors listErrors, FormErrors errors) {
        List<DevicesApi.Device> all = List.of();
        List<StaffApi.Member> members = List.of();
        List<AccountApi.Account> entityAccounts = List.of();
        FormErrors shown = listErrors;
        try {
            all = devices.devices(null, MAX_PAGE).items();
            members = staff.members(null, MAX_PAGE).items();
            entityAccounts = accounts.accounts(0, MAX_PAGE, "-createdAt").items();
        } catch (ServiceProblemException problem) {
            shown = listErrors.any() ? listErrors : FormErrors.of(problem.problem(), Set.of());
        } catch (RuntimeException unreachable) {
            shown = listErrors.any() ? listErrors : unavailable(unreachable);
        }
        return pages.show(Templates.devices(pages.page(), DeviceRegister.of(all, members), entityAccounts, shown, form,
                errors));
    }

    /** The binding form: the account (another entity's, or none, is 404) and the entity's devices in service. */
    private TemplateInstance bindingPage(UUID accountId, BindingForm form, FormErrors errors) {
        AccountApi.Account account;
        try {
            account = accounts.account(accountId);
        } catch (ServiceProblemException problem) {
            if (problem.status() == 404) {
                throw new NotFoundException();
            }
            throw problem;
        }
        List<DevicesApi.Device> inService = devices.devices(true, MAX_PAGE).items();
        return pages.show(Templates.binding(pages.page(), account, inService, form, errors));
    }

    private FormErrors unavailable(RuntimeException cause) {
        LOG.warnf("account-service unavailable: %s %s", cause.getClass().getSimpleName(), cause.getMessage());
        return FormErrors.general(pages.messages().service_unavailable());
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
