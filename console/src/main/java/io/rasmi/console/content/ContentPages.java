package io.rasmi.console.content;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.rasmi.console.content.AccountChoicesApi.Account;
import io.rasmi.console.content.ContentItemsApi.Approval;
import io.rasmi.console.content.ContentItemsApi.Item;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The publisher's and approver's content screens: the list, the editor (which shows the pre-publication findings
 * where they are in the text as it is written), submission, the approver's decision and the record of a
 * publication. Thin: each action is one call to content-service as the user; a refusal is shown beside the form it
 * came from, with what was typed.
 */
@Path("/content")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ ConsoleRoles.ENTITY_ADMIN, ConsoleRoles.PUBLISHER, ConsoleRoles.APPROVER, ConsoleRoles.MODERATOR,
        ConsoleRoles.MANAGEMENT })
public class ContentPages {

    private static final Logger LOG = Logger.getLogger(ContentPages.class);
    private static final int PAGE_SIZE = 50;
    static final List<String> STATES = List.of("DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "SCHEDULED",
            "FROZEN", "PUBLISHED", "CORRECTED", "WITHDRAWN");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, List<Item> items, long total, String state, String q,
                List<String> states, FormErrors errors);

        static native TemplateInstance editor(Page page, Item item, EditorForm form, List<Account> accounts,
                Findings findings, List<Approval> approvals, FormErrors errors, String errorsFor, String done);

        static native TemplateInstance findings(Page page, Findings findings);
    }

    @Inject
    Pages pages;

    @RestClient
    ContentItemsApi content;

    @RestClient
    AccountChoicesApi accounts;

    @GET
    public TemplateInstance list(@QueryParam("state") String state, @QueryParam("q") String q) {
        String chosen = state != null && STATES.contains(state) ? state : null;
        String words = q == null || q.isBlank() ? null : q.strip();
        FormErrors errors = FormErrors.NONE;
        ContentItemsApi.Items items = new ContentItemsApi.Items(List.of(), 0, PAGE_SIZE, 0);
        try {
            items = content.list(chosen, words, 0, PAGE_SIZE);
        } catch (ServiceProblemException problem) {
            errors = FormErrors.of(problem.problem(), Set.of());
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        return pages.show(Templates.list(pages.page(), items.items(), items.total(), chosen, words, STATES, errors));
    }

    @GET
    @Path("/new")
    @RolesAllowed({ ConsoleRoles.PUBLISHER, ConsoleRoles.ENTITY_ADMIN })
    public TemplateInstance newItem() {
        return editor(null, EditorForm.empty(), Findings.NOT_RUN, List.of(), FormErrors.NONE, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ ConsoleRoles.PUBLISHER, ConsoleRoles.ENTITY_ADMIN })
    public Object create(@BeanParam EditorForm form) {
        FormErrors errors;
        try {
            Item created = content.create(form.toDraft());
            return seeOther("/content/" + created.id() + "?done=saved");
        } catch (EditorForm.FormProblem unreadable) {
            errors = unreadable(unreadable);
        } catch (ServiceProblemException problem) {
            errors = FormErrors.of(problem.problem(), EditorForm.FIELDS);
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        return refused(editor(null, form, liveFindings(form), List.of(), errors, "edit", null));
    }

    /** The findings of the text as it is being typed: the fragment htmx swaps in beside the editor. */
    @POST
    @Path("/checks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ ConsoleRoles.PUBLISHER, ConsoleRoles.APPROVER, ConsoleRoles.ENTITY_ADMIN })
    public TemplateInstance check(@BeanParam EditorForm form) {
        return pages.show(Templates.findings(pages.page(), liveFindings(form)));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance item(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return withItem(id, item -> editor(item, EditorForm.of(item), storedFindings(item), approvals(id),
                FormErrors.NONE, null, done));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ ConsoleRoles.PUBLISHER, ConsoleRoles.ENTITY_ADMIN })
    public Object save(@PathParam("id") UUID id, @BeanParam EditorForm form) {
        FormErrors errors;
        try {
            content.update(id, ContentItemsApi.ifMatch(form.version == null ? -1 : form.version), form.toDraft());
            return seeOther("/content/" + id + "?done=saved");
        } catch (EditorForm.FormProblem unreadable) {
            errors = unreadable(unreadable);
        } catch (ServiceProblemException problem) {
            errors = FormErrors.of(problem.problem(), EditorForm.FIELDS);
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        FormErrors refusal = errors;
        return refused(withItem(id, item -> editor(item, form, liveFindings(form), approvals(id), refusal, "edit",
                null)));
    }

    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ ConsoleRoles.PUBLISHER, ConsoleRoles.ENTITY_ADMIN })
    public Object submit(@PathParam("id") UUID id, @RestForm Long version) {
        return act(id, "submit", "submitted", () -> content.submit(id, ContentItemsApi.ifMatch(
                version == null ? -1 : version)));
    }

    @POST
    @Path("/{id}/approvals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(ConsoleRoles.APPROVER)
    public Object decide(@PathParam("id") UUID id, @BeanParam DecisionForm form) {
        return act(id, "approve", "APPROVE".equals(form.decision) ? "approved" : "sent-back",
                () -> content.decide(id, form.toRequest()));
    }

    @POST
    @Path("/{id}/publications")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ ConsoleRoles.PUBLISHER, ConsoleRoles.ENTITY_ADMIN })
    public Object publish(@PathParam("id") UUID id, @BeanParam PublicationForm form) {
        return act(id, "publish", "published", () -> content.publish(id, form.toRequest()));
    }

    /** One call for an item's action: back to the item when it is done, the refusal beside its form otherwise. */
    private Object act(UUID id, String section, String done, Runnable call) {
        FormErrors errors;
        try {
            call.run();
            return seeOther("/content/" + id + "?done=" + done);
        } catch (EditorForm.FormProblem unreadable) {
            errors = unreadable(unreadable);
        } catch (ServiceProblemException problem) {
            errors = FormErrors.of(problem.problem(), Set.of("note", "factChecked", "neutral", "accountId",
                    "platformPostUrl", "publishedAt"));
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        FormErrors refusal = errors;
        return refused(withItem(id, item -> editor(item, EditorForm.of(item), storedFindings(item), approvals(id),
                refusal, section, null)));
    }

    private TemplateInstance editor(Item item, EditorForm form, Findings findings, List<Approval> approvals,
            FormErrors errors, String errorsFor, String done) {
        return pages.show(Templates.editor(pages.page(), item, form, accountChoices(), findings, approvals, errors,
                errorsFor, done));
    }

    private Findings liveFindings(EditorForm form) {
        if ((form.title == null || form.title.isBlank()) && (form.body == null || form.body.isBlank())) {
            return Findings.NOT_RUN;
        }
        try {
            return Findings.of(content.check(form.toCheck()), form.title, form.body);
        } catch (ServiceProblemException problem) {
            return Findings.unavailable(FormErrors.of(problem.problem(), Set.of()).general().get(0));
        } catch (RuntimeException unreachable) {
            LOG.warnf("content checks unavailable: %s", unreachable.getClass().getSimpleName());
            return Findings.unavailable(pages.messages().service_unavailable());
        }
    }

    private Findings storedFindings(Item item) {
        if (!pages.viewer().hasAny(ConsoleRoles.PUBLISHER, ConsoleRoles.APPROVER, ConsoleRoles.ENTITY_ADMIN)
                || !item.editable()) {
            return Findings.NOT_RUN;
        }
        try {
            return Findings.of(content.check(item.id()), item.content().title(), item.content().body());
        } catch (RuntimeException unavailable) {
            LOG.warnf("content checks unavailable: %s", unavailable.getClass().getSimpleName());
            return Findings.unavailable(pages.messages().service_unavailable());
        }
    }

    private List<Approval> approvals(UUID id) {
        try {
            return content.approvals(id);
        } catch (RuntimeException unavailable) {
            return List.of();
        }
    }

    /** The entity's ACTIVE accounts, the only ones content may target; none when account-service is down. */
    private List<Account> accountChoices() {
        try {
            return accounts.accounts("ACTIVE", "-createdAt", 200).items().stream().filter(Account::active).toList();
        } catch (RuntimeException unavailable) {
            LOG.warnf("accounts unavailable for the editor: %s", unavailable.getClass().getSimpleName());
            return List.of();
        }
    }

    /**
     * The item's page; another entity's item (or none) is 404 here as in the service, and when content-service
     * cannot be reached the list's page says so instead.
     */
    private TemplateInstance withItem(UUID id, Function<Item, TemplateInstance> page) {
        Item item;
        try {
            item = content.get(id);
        } catch (ServiceProblemException problem) {
            if (problem.status() == 404) {
                throw new NotFoundException();
            }
            return pages.show(Templates.list(pages.page(), List.of(), 0, null, null, STATES,
                    FormErrors.of(problem.problem(), Set.of())));
        } catch (RuntimeException unreachable) {
            return pages.show(Templates.list(pages.page(), List.of(), 0, null, null, STATES,
                    unavailable(unreachable)));
        }
        return page.apply(item);
    }

    private FormErrors unreadable(EditorForm.FormProblem problem) {
        return new FormErrors(Map.of(problem.field(), MessageBundles.get(ContentMessages.class, Localized.Literal.of(
                pages.language().code())).unreadable_value()), List.of(),
                List.of());
    }

    private FormErrors unavailable(RuntimeException unreachable) {
        LOG.warnf("content-service unavailable: %s", unreachable.getClass().getSimpleName());
        return FormErrors.general(pages.messages().service_unavailable());
    }

    private static Response refused(TemplateInstance page) {
        return Response.status(422).entity(page).build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
