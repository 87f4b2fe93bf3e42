package io.rasmi.console.accounts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rasmi.console.services.AccountApi;
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
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The head of unit's accounts screens: the register with status, posture score and failing clauses; an account's
 * page; the forms to register an account, record its decision and activate it. Thin: each action is one call to
 * account-service as the user, and a refusal is shown on the form it came from, with what was typed.
 */
@Path("/accounts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(ConsoleRoles.ENTITY_ADMIN)
public class AccountsPage {

    private static final Logger LOG = Logger.getLogger(AccountsPage.class);

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

    @RestClient
    AccountApi accounts;

    @GET
    public TemplateInstance register() {
        FormErrors errors = FormErrors.NONE;
        List<RegisterLine> lines = List.of();
        try {
            lines = files.register();
        } catch (ServiceProblemException problem) {
            errors = FormErrors.of(problem.problem(), java.util.Set.of());
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        return pages.show(Templates.register(pages.page(), lines, errors));
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
        FormErrors errors;
        try {
            AccountApi.Account created = accounts.register(form.toRequest());
            return seeOther("/accounts/" + created.id());
        } catch (ServiceProblemException problem) {
            errors = FormErrors.of(problem.problem(), RegisterForm.FIELDS);
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        return Response.status(422).entity(pages.show(Templates.registerForm(pages.page(), form,
                AccountFiles.PLATFORMS, errors))).build();
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
        FormErrors errors;
        try {
            accounts.decide(id, form.toRequest());
            return seeOther("/accounts/" + id);
        } catch (ServiceProblemException problem) {
            errors = FormErrors.of(problem.problem(), DecisionForm.FIELDS);
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        return refused(id, AccountForms.refusedDecision(form, errors));
    }

    @POST
    @Path("/{id}/activation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object activate(@PathParam("id") UUID id) {
        FormErrors errors;
        try {
            accounts.activate(id);
            return seeOther("/accounts/" + id);
        } catch (ServiceProblemException problem) {
            errors = FormErrors.of(problem.problem(), java.util.Set.of());
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        return refused(id, AccountForms.refusedActivation(errors));
    }

    @POST
    @Path("/{id}/role-holders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object addRoleHolder(@PathParam("id") UUID id, @BeanParam RoleHolderForm form) {
        FormErrors errors;
        try {
            accounts.addRoleHolder(id, form.toRequest());
            return seeOther("/accounts/" + id);
        } catch (ServiceProblemException problem) {
            errors = FormErrors.of(problem.problem(), RoleHolderForm.FIELDS);
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        return refused(id, AccountForms.refusedHolder(form, errors));
    }

    /** The new password goes to account-service once; a refused one is never written back into the page. */
    @POST
    @Path("/{id}/password-rotations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object rotatePassword(@PathParam("id") UUID id, @BeanParam RotationForm form) {
        FormErrors errors;
        try {
            accounts.rotatePassword(id, form.toRequest());
            return seeOther("/accounts/" + id);
        } catch (ServiceProblemException problem) {
            errors = FormErrors.of(problem.problem(), RotationForm.FIELDS);
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        return refused(id, AccountForms.refusedRotation(errors));
    }

    /** The account's page again, with the refused form's errors beside it and what was typed (422). */
    private Response refused(UUID id, AccountForms forms) {
        return Response.status(422).entity(pages.show(Templates.account(pages.page(), file(id), forms))).build();
    }

    /** The account's file; another entity's account (or none) is 404 here as in the service. */
    private AccountFile file(UUID id) {
        try {
            return files.file(id);
        } catch (ServiceProblemException problem) {
            if (problem.status() == 404) {
                throw new NotFoundException();
            }
            throw problem;
        }
    }

    private FormErrors unavailable(RuntimeException cause) {
        LOG.warnf("account-service unavailable: %s %s", cause.getClass().getSimpleName(), cause.getMessage());
        return FormErrors.general(pages.messages().service_unavailable());
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
