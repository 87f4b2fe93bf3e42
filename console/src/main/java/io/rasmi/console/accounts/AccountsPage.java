package io.rasmi.console.accounts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rasmi.console.devices.EntityDevices;
import io.rasmi.console.services.AccountApi;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The head of unit's accounts screens: the register with status, posture score and failing clauses; an account's
 * page; the forms to register an account, record its decision and activate it. Thin: each action is one call to
 * account-service as the user, and a refusal is shown on the form it came from, with what was typed.
 */
@Path("/accounts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(ConsoleRoles.ENTITY_ADMIN)
public class AccountsPage {

    private static final String SERVICE = "account-service";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(Page page, List<RegisterLine> lines, FormErrors errors);

        static native TemplateInstance registerForm(Page page, RegisterForm form, List<String> platforms,
                FormErrors errors);

        static native TemplateInstance account(Page page, AccountFile file, AccountForms forms);
    }

    @Inject
    Pages pages;

    @Inject
    AccountFiles files;

    @Inject
    EntityDevices entityDevices;

    @RestClient
    AccountApi accounts;

    @Inject
    ServiceCalls calls;

    @GET
    public TemplateInstance register() {
        ServiceCalls.Answer<List<RegisterLine>> lines = calls.read(SERVICE, files::register);
        return pages.show(Templates.register(pages.page(), lines.valueOr(List.of()), lines.errors()));
    }

    @GET
    @Path("/new")
    public TemplateInstance registerForm() {
        return pages.show(Templates.registerForm(pages.page(), RegisterForm.empty(), AccountFiles.PLATFORMS,
                FormErrors.NONE));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object registerAccount(@BeanParam RegisterForm form) {
        ServiceCalls.Answer<AccountApi.Account> created = calls.read(SERVICE,
                () -> accounts.register(form.toRequest()), RegisterForm.FIELDS);
        if (created.ok()) {
            return seeOther("/accounts/" + created.value().id());
        }
        return Response.status(422).entity(pages.show(Templates.registerForm(pages.page(), form,
                AccountFiles.PLATFORMS, created.errors()))).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance account(@PathParam("id") UUID id) {
        return pages.show(Templates.account(pages.page(), file(id), AccountForms.none()));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object decide(@PathParam("id") UUID id, @BeanParam DecisionForm form) {
        FormErrors errors = calls.act(SERVICE, () -> accounts.decide(id, form.toRequest()), DecisionForm.FIELDS);
        if (!errors.any()) {
            return seeOther("/accounts/" + id);
        }
        return refused(id, AccountForms.refusedDecision(form, errors));
    }

    @POST
    @Path("/{id}/activation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object activate(@PathParam("id") UUID id) {
        FormErrors errors = calls.act(SERVICE, () -> accounts.activate(id), java.util.Set.of());
        if (!errors.any()) {
            return seeOther("/accounts/" + id);
        }
        return refused(id, AccountForms.refusedActivation(errors));
    }

    @POST
    @Path("/{id}/role-holders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object addRoleHolder(@PathParam("id") UUID id, @BeanParam RoleHolderForm form) {
        FormErrors errors = calls.act(SERVICE, () -> accounts.addRoleHolder(id, form.toRequest()),
                RoleHolderForm.FIELDS);
        if (!errors.any()) {
            return seeOther("/accounts/" + id);
        }
        return refused(id, AccountForms.refusedHolder(form, errors));
    }

    /** The new password goes to account-service once; a refused one is never written back into the page. */
    @POST
    @Path("/{id}/password-rotations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object rotatePassword(@PathParam("id") UUID id, @BeanParam RotationForm form) {
        FormErrors errors = calls.act(SERVICE, () -> accounts.rotatePassword(id, form.toRequest()),
                RotationForm.FIELDS);
        if (!errors.any()) {
            return seeOther("/accounts/" + id);
        }
        return refused(id, AccountForms.refusedRotation(errors));
    }

    /** The account's page again, with the refused form's errors beside it and what was typed (422). */
    private Response refused(UUID id, AccountForms forms) {
        return Response.status(422).entity(pages.show(Templates.account(pages.page(), file(id), forms))).build();
    }

    /** The account's file; another entity's account (or none) is 404 here as in the service. */
    private AccountFile file(UUID id) {
        entityDevices.start(); // the devices section's read, beside the file's own
        return calls.record(SERVICE, () -> files.file(id));
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
