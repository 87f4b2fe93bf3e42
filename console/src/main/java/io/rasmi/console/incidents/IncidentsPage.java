package io.rasmi.console.incidents;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The IT officer's incident screens (G6.j): the entity's incidents with its response targets, the form to report
 * one, and an incident's page with its timeline and the moves allowed now. Each action is one call to
 * incident-service as the user; a refusal is shown on the form it came from, with everything that was typed.
 */
@Path("/incidents")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ ConsoleRoles.IT_SECURITY, ConsoleRoles.ENTITY_ADMIN })
public class IncidentsPage {

    private static final Logger LOG = Logger.getLogger(IncidentsPage.class);

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

    @GET
    public TemplateInstance list(@QueryParam("state") String state) {
        FormErrors errors = FormErrors.NONE;
        IncidentsApi.Incidents found = new IncidentsApi.Incidents(List.of(), 0, LIST_SIZE, 0);
        IncidentsApi.ResponseTargets targets = null;
        String filter = state == null || state.isBlank() ? null : state.strip();
        try {
            found = incidents.list(filter, 0, LIST_SIZE);
            targets = incidents.responseTargets();
        } catch (ServiceProblemException problem) {
            errors = FormErrors.of(problem.problem(), Set.of());
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        return pages.show(Templates.list(pages.page(), found, targets, IncidentsApi.STATES, filter, errors));
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
            try {
                IncidentsApi.Incident reported = incidents.report(form.toRequest(), form.idempotencyKey);
                return seeOther("/incidents/" + reported.id());
            } catch (ServiceProblemException problem) {
                errors = FormErrors.of(problem.problem(), ReportForm.FIELDS);
            } catch (RuntimeException unreachable) {
                errors = unavailable(unreachable);
            }
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
        FormErrors errors;
        try {
            incidents.transition(id, form.toRequest(), form.ifMatch());
            return seeOther("/incidents/" + id);
        } catch (ServiceProblemException problem) {
            errors = problem.status() == 412 ? FormErrors.general(pages.messages().inc_changed_meanwhile())
                    : FormErrors.of(problem.problem(), TransitionForm.FIELDS);
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        return Response.status(422).entity(pages.show(Templates.incident(pages.page(), file(id), form, errors)))
                .build();
    }

    private TemplateInstance showForm(ReportForm form, FormErrors errors) {
        List<EntityAccountsApi.Account> choices = List.of();
        try {
            choices = accounts.list(0, ACCOUNTS_SIZE).items();
        } catch (RuntimeException unavailable) {
            // the form still works without the list: an incident may name no account
            LOG.warnf("account list unavailable for the incident form: %s", unavailable.getClass().getSimpleName());
        }
        return pages.show(Templates.reportForm(pages.page(), form, choices, IncidentsApi.TYPES, IncidentsApi.TLPS,
                errors));
    }

    /** The incident and its timeline; another entity's incident (or none) is 404 here as in the service. */
    private IncidentFile file(UUID id) {
        try {
            return new IncidentFile(incidents.get(id), incidents.timeline(id));
        } catch (ServiceProblemException problem) {
            if (problem.status() == 404) {
                throw new NotFoundException();
            }
            throw problem;
        } catch (RuntimeException unreachable) {
            LOG.warnf("incident-service unavailable: %s", unreachable.getClass().getSimpleName());
            throw new ServiceUnavailableException(pages.messages().service_unavailable());
        }
    }

    private FormErrors unavailable(RuntimeException cause) {
        LOG.warnf("incident-service unavailable: %s", cause.getClass().getSimpleName());
        return FormErrors.general(pages.messages().service_unavailable());
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
