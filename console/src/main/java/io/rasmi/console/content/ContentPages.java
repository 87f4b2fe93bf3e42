package io.rasmi.console.content;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.rasmi.console.content.AccountChoicesApi.Account;
import io.rasmi.console.content.ContentItemsApi.Approval;
import io.rasmi.console.content.ContentItemsApi.Item;
import io.rasmi.console.services.ListQuery;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.inject.RestClient;
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

    private static final String SERVICE = "content-service";
    /** The fields of the forms on an item's page besides the editor (decision, publication). */
    private static final Set<String> ACTION_FIELDS = Set.of("note", "factChecked", "neutral", "accountId",
            "platformPostUrl", "publishedAt");
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

    @Inject
    ServiceCalls calls;

    @GET
    public TemplateInstance list(@QueryParam("state") String state, @QueryParam("q") String q) {
        String chosen = state != null && STATES.contains(state) ? state : null;
        String words = q == null || q.isBlank() ? null : q.strip();
        ServiceCalls.Answer<ContentItemsApi.Items> found = calls.read(SERVICE,
                () -> content.list(ListQuery.first(PAGE_SIZE).inState(chosen).holding(words)));
        ContentItemsApi.Items items = found.valueOr(new ContentItemsApi.Items(List.of(), 0, PAGE_SIZE, 0));
        return pages.show(Templates.list(pages.page(), items.items(), items.total(), chosen, words, STATES,
                found.errors()));
    }

    @GET
    @Path("/new")
    @RolesAllowed({ ConsoleRoles.PUBLISHER, ConsoleRoles.ENTITY_ADMIN })
    public TemplateInstance newItem() {
        return editor(null, EditorForm.empty(), Findings.NOT_RUN, List::of, FormErrors.NONE, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ ConsoleRoles.PUBLISHER, ConsoleRoles.ENTITY_ADMIN })
    public Object create(@BeanParam EditorForm form) {
        FormErrors errors;
        try {
            ContentItemsApi.Draft draft = form.toDraft();
            ServiceCalls.Answer<Item> created = calls.read(SERVICE, () -> content.create(draft), EditorForm.FIELDS);
            if (created.ok()) {
                return seeOther("/content/" + created.value().id() + "?done=saved");
            }
            errors = created.errors();
        } catch (EditorForm.FormProblem unreadable) {
            errors = unreadable(unreadable);
        }
        return refused(editor(null, form, liveFindings(form), List::of, errors, "edit", null));
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
        Supplier<List<Approval>> approvals = approvals(id);
        Function<Item, Findings> findings = storedFindings(id);
        return withItem(id, item -> editor(item, EditorForm.of(item), item.editable() ? findings.apply(item)
                : Findings.NOT_RUN, approvals, FormErrors.NONE, null, done));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ ConsoleRoles.PUBLISHER, ConsoleRoles.ENTITY_ADMIN })
    public Object save(@PathParam("id") UUID id, @BeanParam EditorForm form) {
        FormErrors errors;
        try {
            ContentItemsApi.Draft draft = form.toDraft();
            errors = calls.act(SERVICE, () -> content.update(id, ContentItemsApi.ifMatch(
                    form.version == null ? -1 : form.version), draft), EditorForm.FIELDS);
            if (!errors.any()) {
                return seeOther("/content/" + id + "?done=saved");
            }
        } catch (EditorForm.FormProblem unreadable) {
            errors = unreadable(unreadable);
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
            errors = calls.act(SERVICE, call, ACTION_FIELDS);
            if (!errors.any()) {
                return seeOther("/content/" + id + "?done=" + done);
            }
        } catch (EditorForm.FormProblem unreadable) {
            errors = unreadable(unreadable);
        }
        FormErrors refusal = errors;
        Supplier<List<Approval>> approvals = approvals(id);
        Function<Item, Findings> findings = storedFindings(id);
        return refused(withItem(id, item -> editor(item, EditorForm.of(item), item.editable() ? findings.apply(item)
                : Findings.NOT_RUN, approvals, refusal, section, null)));
    }

    /** The editor; the account choices are asked while the rest of the page's answers are awaited. */
    private TemplateInstance editor(Item item, EditorForm form, Findings findings,
            Supplier<List<Approval>> approvals, FormErrors errors, String errorsFor, String done) {
        Supplier<List<Account>> choices = accountChoices();
        return pages.show(Templates.editor(pages.page(), item, form, choices.get(), findings, approvals.get(),
                errors, errorsFor, done));
    }

    private Findings liveFindings(EditorForm form) {
        if ((form.title == null || form.title.isBlank()) && (form.body == null || form.body.isBlank())) {
            return Findings.NOT_RUN;
        }
        ServiceCalls.Answer<ContentItemsApi.CheckReport> report = calls.read(SERVICE,
                () -> content.check(form.toCheck()));
        return report.ok() ? Findings.of(report.value(), form.title, form.body)
                : Findings.unavailable(report.errors().general().get(0));
    }

    /**
     * The stored item's findings, asked at once beside the item itself (the caller uses them only when the item is
     * still editable); none for a role that does not write or approve.
     */
    private Function<Item, Findings> storedFindings(UUID id) {
        if (!pages.viewer().hasAny(ConsoleRoles.PUBLISHER, ConsoleRoles.APPROVER, ConsoleRoles.ENTITY_ADMIN)) {
            return item -> Findings.NOT_RUN;
        }
        Supplier<ContentItemsApi.CheckReport> report = calls.start(() -> content.check(id));
        return item -> {
            ContentItemsApi.CheckReport checked = calls.optional("content checks", report, null);
            return checked != null ? Findings.of(checked, item.content().title(), item.content().body())
                    : Findings.unavailable(pages.messages().service_unavailable());
        };
    }

    private Supplier<List<Approval>> approvals(UUID id) {
        Supplier<List<Approval>> running = calls.start(() -> content.approvals(id));
        return () -> calls.optional("approvals", running, List.of());
    }

    /** The entity's ACTIVE accounts, the only ones content may target; none when account-service is down. */
    private Supplier<List<Account>> accountChoices() {
        Supplier<List<Account>> running = calls.start(() -> accounts.accounts("ACTIVE", "-createdAt", 200).items()
                .stream().filter(Account::active).toList());
        return () -> calls.optional("accounts for the editor", running, List.of());
    }

    /**
     * The item's page; another entity's item (or none) is 404 here as in the service, and when content-service
     * cannot be reached the list's page says so instead.
     */
    private TemplateInstance withItem(UUID id, Function<Item, TemplateInstance> page) {
        ServiceCalls.Answer<Item> item = calls.read(SERVICE, () -> content.get(id));
        if (item.status() == 404) {
            throw new NotFoundException();
        }
        if (!item.ok()) {
            return pages.show(Templates.list(pages.page(), List.of(), 0, null, null, STATES, item.errors()));
        }
        return page.apply(item.value());
    }

    private FormErrors unreadable(EditorForm.FormProblem problem) {
        return new FormErrors(Map.of(problem.field(), MessageBundles.get(ContentMessages.class, Localized.Literal.of(
                pages.language().code())).unreadable_value()), List.of(),
                List.of());
    }

    private static Response refused(TemplateInstance page) {
        return Response.status(422).entity(page).build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
