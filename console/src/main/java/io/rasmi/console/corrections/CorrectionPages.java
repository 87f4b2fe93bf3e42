package io.rasmi.console.corrections;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.rasmi.console.content.AccountChoicesApi;
import io.rasmi.console.content.ContentMessages;
import io.rasmi.console.corrections.CorrectionsApi.Correction;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Error corrections (G7.5): the open and done corrections, reporting an error in a post (content-service chooses
 * the procedure from the platform's capabilities), and a correction's checklist, step by step.
 */
@Path("/corrections")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ ConsoleRoles.ENTITY_ADMIN, ConsoleRoles.PUBLISHER, ConsoleRoles.APPROVER, ConsoleRoles.MODERATOR,
        ConsoleRoles.IT_SECURITY, ConsoleRoles.MANAGEMENT })
public class CorrectionPages {

    private static final String SERVICE = "content-service";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, List<Correction> corrections, FormErrors errors);

        static native TemplateInstance opening(Page page, OpeningForm form,
                List<AccountChoicesApi.Account> accounts, FormErrors errors);

        static native TemplateInstance correction(Page page, Correction correction, FormErrors errors);
    }

    @Inject
    Pages pages;

    @RestClient
    CorrectionsApi corrections;

    @RestClient
    AccountChoicesApi accounts;

    @Inject
    ServiceCalls calls;

    @GET
    public TemplateInstance list() {
        ServiceCalls.Answer<List<Correction>> found = calls.read(SERVICE, () -> corrections.list(null, 100).items());
        return pages.show(Templates.list(pages.page(), found.valueOr(List.of()), found.errors()));
    }

    @GET
    @Path("/new")
    @RolesAllowed({ ConsoleRoles.ENTITY_ADMIN, ConsoleRoles.PUBLISHER, ConsoleRoles.APPROVER, ConsoleRoles.MODERATOR,
            ConsoleRoles.IT_SECURITY })
    public TemplateInstance openingForm() {
        return pages.show(Templates.opening(pages.page(), new OpeningForm(), accountChoices(), FormErrors.NONE));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ ConsoleRoles.ENTITY_ADMIN, ConsoleRoles.PUBLISHER, ConsoleRoles.APPROVER, ConsoleRoles.MODERATOR,
            ConsoleRoles.IT_SECURITY })
    public Object open(@BeanParam OpeningForm form) {
        FormErrors errors;
        try {
            ServiceCalls.Answer<Correction> opened = calls.read(SERVICE, () -> corrections.open(form.toRequest()),
                    OpeningForm.FIELDS);
            if (opened.ok()) {
                return Response.seeOther(URI.create("/corrections/" + opened.value().id())).build();
            }
            errors = opened.errors();
        } catch (OpeningForm.Unreadable unreadable) {
            errors = new FormErrors(Map.of(unreadable.field, MessageBundles.get(ContentMessages.class,
                    Localized.Literal.of(pages.language().code())).unreadable_value()), List.of(), List.of());
        }
        return Response.status(422).entity(pages.show(Templates.opening(pages.page(), form, accountChoices(),
                errors))).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance correction(@PathParam("id") UUID id) {
        return page(id, FormErrors.NONE);
    }

    @POST
    @Path("/{id}/steps/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ ConsoleRoles.PUBLISHER, ConsoleRoles.ENTITY_ADMIN })
    public Object complete(@PathParam("id") UUID id, @PathParam("step") String step) {
        FormErrors errors = calls.act(SERVICE, () -> corrections.complete(id, step), Set.of());
        if (!errors.any()) {
            return Response.seeOther(URI.create("/corrections/" + id)).build();
        }
        return Response.status(422).entity(page(id, errors)).build();
    }

    /** The correction's page; another entity's correction is 404 here as in the service. */
    private TemplateInstance page(UUID id, FormErrors errors) {
        ServiceCalls.Answer<Correction> correction = calls.read(SERVICE, () -> corrections.get(id));
        if (correction.status() == 404) {
            throw new NotFoundException();
        }
        return pages.show(Templates.correction(pages.page(), correction.value(),
                correction.ok() ? errors : correction.errors()));
    }

    private List<AccountChoicesApi.Account> accountChoices() {
        return calls.optional("accounts for the correction form", () -> accounts.accounts(null, "-createdAt", 200)
                .items(), List.of());
    }
}
