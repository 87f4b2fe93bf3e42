package io.rasmi.console.incidents;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The IT officer's incident screens (G6.j): the entity's incidents with its response targets, the form to report
 * one, and an incident's page with its timeline and the moves allowed now. Each action is one call to
 * incident-service as the user; a refusal is shown on the form it came from, with everything that was typed.
 */
@Path("/incidents")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ ConsoleRoles.IT_SECURITY, ConsoleRoles.ENTITY_ADMIN })
public class IncidentsPage {

    private static final String SERVICE = "incident-service";

    /** A page of the list: the newest incidents first. */
    static final int LIST_SIZE = 50;

    /** The most accounts an entity has to choose from in the report form (the services' page limit). */
    static final int ACCOUNTS_SIZE = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, IncidentsApi.Incidents incidents,
                IncidentsApi.ResponseTargets targets, List<String> states, String state, FormErrors errors);

        static native TemplateInstance reportForm(Page page, ReportForm form, List<EntityAccountsApi.Account> accounts,
                List<String> types, List<String> tlps, FormErrors errors);

        static native TemplateInstance incident(Page page, IncidentFile file, TransitionForm move, FormErrors errors);
    }

    @Inject
    Pages pages;

    @RestClient
    IncidentsApi incidents;

    @RestClient
    EntityAccountsApi accounts;

    @Inject
    ServiceCalls calls;

    @GET
    public TemplateInstance list(@QueryParam("state") String state) {
        String filter = state == null || state.isBlank() ? null : state.strip();
        Supplier<IncidentsApi.ResponseTargets> targets = calls.start(incidents::responseTargets);
        ServiceCalls.Answer<IncidentsApi.Incidents> found = calls.read(SERVICE,
                () -> incidents.list(ListQuery.first(LIST_SIZE).inState(filter)));
        ServiceCalls.Answer<IncidentsApi.ResponseTargets> known = found.ok() ? calls.read(SERVICE, targets)
                : found.failed();
        return pages.show(Templates.list(pages.page(), found.valueOr(new IncidentsApi.Incidents(List.of(), 0,
                LIST_SIZE, 0)), known.value(), IncidentsApi.STATES, filter, known.errors()));
    }

    @GET
    @Path("/new")
    public TemplateInstance reportForm() {
        return showForm(ReportForm.empty(Instant.now()), FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object report(@BeanParam ReportForm form) {
        FormErrors errors;
        if (form.detectedAtUnreadable()) {
            errors = new FormErrors(Map.of("detectedAt", pages.messages().inc_detected_unreadable()), List.of(),
                    List.of());
        } else {
            ServiceCalls.Answer<IncidentsApi.Incident> reported = calls.read(SERVICE,
                    () -> incidents.report(form.toRequest(), form.idempotencyKey), ReportForm.FIELDS);
            if (reported.ok()) {
                return seeOther("/incidents/" + reported.value().id());
            }
            errors = reported.errors();
        }
        // a corrected form is a new request: a fresh key, so the refusal is not replayed
        form.idempotencyKey = UUID.randomUUID().toString();
        return Response.status(422).entity(showForm(form, errors)).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance incident(@PathParam("id") UUID id) {
        return pages.show(Templates.incident(pages.page(), file(id), TransitionForm.empty(), FormErrors.NONE));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object transition(@PathParam("id") UUID id, @BeanParam TransitionForm form) {
        ServiceCalls.Answer<IncidentsApi.Incident> moved = calls.read(SERVICE,
                () -> incidents.transition(id, form.toRequest(), form.ifMatch()), TransitionForm.FIELDS);
        if (moved.ok()) {
            return seeOther("/incidents/" + id);
        }
        FormErrors errors = moved.status() == 412 ? FormErrors.general(pages.messages().inc_changed_meanwhile())
                : moved.errors();
        return Response.status(422).entity(pages.show(Templates.incident(pages.page(), file(id), form, errors)))
                .build();
    }

    private TemplateInstance showForm(ReportForm form, FormErrors errors) {
        // the form still works without the list: an incident may name no account
        List<EntityAccountsApi.Account> choices = calls.optional("account list for the incident form",
                () -> accounts.list(0, ACCOUNTS_SIZE).items(), List.of());
        return pages.show(Templates.reportForm(pages.page(), form, choices, IncidentsApi.TYPES, IncidentsApi.TLPS,
                errors));
    }

    /** The incident and its timeline; another entity's incident (or none) is 404 here as in the service. */
    private IncidentFile file(UUID id) {
        Supplier<List<IncidentsApi.TimelineEntry>> timeline = calls.start(() -> incidents.timeline(id));
        return new IncidentFile(calls.record(SERVICE, () -> incidents.get(id)), calls.record(SERVICE, timeline));
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
