package io.rasmi.console.cert;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rasmi.console.incidents.IncidentFile;
import io.rasmi.console.incidents.IncidentsApi;
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
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The national CERT's desk: every entity's incidents, an incident with its timeline, acknowledging it, asking the
 * entity for information, the incident's STIX bundle and MISP event to download, and the national posture roll-up.
 * The analyst's token goes to each service, which decides what they may see.
 */
@Path("/cert")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(ConsoleRoles.CERT_ANALYST)
public class CertDeskPage {

    private static final String INCIDENTS = "incident-service";

    static final int LIST_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance incidents(Page page, IncidentsApi.Incidents incidents, String entity,
                List<String> states, String state, FormErrors errors);

        static native TemplateInstance incident(Page page, IncidentFile file, QuestionForm question,
                FormErrors errors);

        static native TemplateInstance posture(Page page, List<NationalPostureApi.EntityRollup> entities,
                FormErrors errors);
    }

    @Inject
    Pages pages;

    @RestClient
    CertApi cert;

    @RestClient
    NationalPostureApi posture;

    @Inject
    ServiceCalls calls;

    @GET
    @Path("/incidents")
    public TemplateInstance incidents(@QueryParam("entity") String entity, @QueryParam("state") String state) {
        String entityFilter = blankToNull(entity);
        String stateFilter = blankToNull(state);
        ServiceCalls.Answer<IncidentsApi.Incidents> found = calls.read(INCIDENTS,
                () -> cert.list(ListQuery.first(LIST_SIZE).ofEntity(entityFilter)
                        .inState(stateFilter)), Set.of("entity", "state"));
        return pages.show(Templates.incidents(pages.page(), found.valueOr(new IncidentsApi.Incidents(List.of(), 0,
                LIST_SIZE, 0)), entityFilter, IncidentsApi.STATES, stateFilter, found.errors()));
    }

    @GET
    @Path("/incidents/{id}")
    public TemplateInstance incident(@PathParam("id") UUID id) {
        return pages.show(Templates.incident(pages.page(), file(id), QuestionForm.empty(), FormErrors.NONE));
    }

    @POST
    @Path("/incidents/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object acknowledge(@PathParam("id") UUID id) {
        return act(id, QuestionForm.empty(), Set.of(), () -> cert.acknowledge(id));
    }

    @POST
    @Path("/incidents/{id}/information-requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object requestInformation(@PathParam("id") UUID id, @BeanParam QuestionForm form) {
        return act(id, form, QuestionForm.FIELDS, () -> cert.requestInformation(id, form.toRequest()));
    }

    /** The incident's STIX 2.1 bundle as the feed carries it, saved as {@code incident-<id>.stix.json}. */
    @GET
    @Path("/incidents/{id}/stix")
    @Produces({ CertApi.STIX, MediaType.APPLICATION_JSON })
    public Response stix(@PathParam("id") UUID id) {
        return download(() -> cert.stix(id), CertApi.STIX, "incident-" + id + ".stix.json");
    }

    /** The incident as a MISP event, saved as {@code incident-<id>.misp.json}. */
    @GET
    @Path("/incidents/{id}/misp")
    @Produces(MediaType.APPLICATION_JSON)
    public Response misp(@PathParam("id") UUID id) {
        return download(() -> cert.misp(id), MediaType.APPLICATION_JSON, "incident-" + id + ".misp.json");
    }

    @GET
    @Path("/posture")
    public TemplateInstance posture() {
        ServiceCalls.Answer<List<NationalPostureApi.EntityRollup>> entities = calls.read("account-service",
                posture::national);
        return pages.show(Templates.posture(pages.page(), entities.valueOr(List.of()), entities.errors()));
    }

    private Object act(UUID id, QuestionForm form, Set<String> fields, Supplier<?> action) {
        FormErrors errors = calls.act(INCIDENTS, action::get, fields);
        if (!errors.any()) {
            return Response.seeOther(URI.create("/cert/incidents/" + id)).build();
        }
        return Response.status(422).entity(pages.show(Templates.incident(pages.page(), file(id), form, errors)))
                .build();
    }

    private Response download(Supplier<Response> fetch, String type, String fileName) {
        Response answer = calls.record(INCIDENTS, fetch);
        if (answer.getStatus() == 404) {
            throw new NotFoundException();
        }
        return Download.of(answer, type, fileName);
    }

    /** Any entity's incident and its timeline; none is 404 here as in the service. */
    private IncidentFile file(UUID id) {
        Supplier<List<IncidentsApi.TimelineEntry>> timeline = calls.start(() -> cert.timeline(id));
        return new IncidentFile(calls.record(INCIDENTS, () -> cert.get(id)), calls.record(INCIDENTS, timeline));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
