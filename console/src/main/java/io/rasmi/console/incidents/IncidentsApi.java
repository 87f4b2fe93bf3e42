package io.rasmi.console.incidents;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.rasmi.console.services.ListQuery;
import io.rasmi.console.web.ServiceProblems;
import io.rasmi.console.web.UserTokenHeaders;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** incident-service's incidents of the user's entity, as the signed-in user (an IT officer or the head of unit). */
@RegisterRestClient(configKey = "incident-service")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
public interface IncidentsApi {

    /** The types incident-service takes ({@code IncidentType} in platform/events). */
    List<String> TYPES = List.of("ACCOUNT_COMPROMISE", "UNAUTHORIZED_POST", "IMPERSONATION", "DATA_LEAK",
            "DEFACEMENT", "PHISHING", "LOST_OR_STOLEN_DEVICE", "CREDENTIAL_LEAK", "DEFAMATION_CAMPAIGN", "OTHER");

    /** The states of an incident, in the order of its handling ({@code IncidentState}). */
    List<String> STATES = List.of("REPORTED", "TRIAGED", "CONTAINED", "ERADICATED", "RECOVERED", "CLOSED",
            "FALSE_POSITIVE");

    /** TLP 2.0 markings ({@code Tlp}); AMBER when none is chosen. */
    List<String> TLPS = List.of("CLEAR", "GREEN", "AMBER", "AMBER_STRICT", "RED");

    @GET
    Incidents list(@BeanParam ListQuery query);

    @GET
    @Path("/{id}")
    Incident get(@PathParam("id") UUID id);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Incident report(NewIncident incident, @HeaderParam("Idempotency-Key") String idempotencyKey);

    @GET
    @Path("/{id}/timeline")
    List<TimelineEntry> timeline(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    Incident transition(@PathParam("id") UUID id, Move move, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch);

    @GET
    @Path("/response-targets")
    ResponseTargets responseTargets();

    @ClientExceptionMapper
    static RuntimeException toProblem(Response response) {
        return ServiceProblems.from(response);
    }

    /** A page of incidents ({@code {items, page, size, total}}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Incidents(List<Incident> items, int page, int size, long total) {

        public List<Incident> items() {
            return items == null ? List.of() : items;
        }
    }

    /** An incident as incident-service shows it (its {@code Incident} schema, the fields the pages use). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Incident(UUID id, String entity, String type, String state, String severity, String tlp, String summary,
            String description, boolean personalDataExposed, Instant detectedAt, Instant reportedAt,
            String reportedBy, List<UUID> accountIds, List<String> allowedTransitions, Instant acknowledgedAt,
            List<MissedTarget> missedTargets, long version) {

        public List<String> allowedTransitions() {
            return allowedTransitions == null ? List.of() : allowedTransitions;
        }

        public List<MissedTarget> missedTargets() {
            return missedTargets == null ? List.of() : missedTargets;
        }

        public List<UUID> accountIds() {
            return accountIds == null ? List.of() : accountIds;
        }

        /** Still being handled: not CLOSED, not FALSE_POSITIVE. */
        public boolean open() {
            return !"CLOSED".equals(state) && !"FALSE_POSITIVE".equals(state);
        }

        /** The version as the strong entity tag the service sends and expects in If-Match. */
        public String etag() {
            return "\"" + version + "\"";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MissedTarget(String target, Instant dueAt, Instant missedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TimelineEntry(UUID id, String kind, Instant occurredAt, String actor, String text,
            Map<String, Object> details) {

        public Map<String, Object> details() {
            return details == null ? Map.of() : details;
        }

        /** The state a transition left, or null for another kind of entry. */
        public String fromState() {
            Object from = details().get("from");
            return from == null ? null : from.toString();
        }

        /** The state a transition reached, or null for another kind of entry. */
        public String toState() {
            Object to = details().get("to");
            return to == null ? null : to.toString();
        }
    }

    /** What the report form sends ({@code ReportIncidentRequest}); blank fields are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewIncident(String type, List<UUID> accountIds, Instant detectedAt, String summary, String description,
            Boolean personalDataExposed, String tlp) {
    }

    /** A transition ({@code IncidentTransition}): the state to move to and the note for the timeline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Move(String to, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResponseTargets(int triageMinutes, int containmentMinutes, int defaultTriageMinutes,
            int defaultContainmentMinutes, List<String> appliesTo) {

        public List<String> appliesTo() {
            return appliesTo == null ? List.of() : appliesTo;
        }
    }
}
