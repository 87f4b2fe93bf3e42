package io.rasmi.console.content;

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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * content-service's content items as the signed-in publisher or approver calls them: the list, an item, writing
 * and editing it (with its version in If-Match), the pre-publication checks, submission, approval, publication and
 * the calendar. Only what the content screens use.
 */
@RegisterRestClient(configKey = "content-service")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ContentItemsApi {

    /** iCalendar's media type, as content-service answers {@code /calendar.ics}. */
    String CALENDAR = "text/calendar";

    @GET
    @Path("/content")
    Items list(@BeanParam ListQuery query);

    @GET
    @Path("/content/{id}")
    Item get(@PathParam("id") UUID id);

    @POST
    @Path("/content")
    @Consumes(MediaType.APPLICATION_JSON)
    Item create(Draft draft);

    /** The whole draft as a merge patch: every field the editor shows replaces what is stored. */
    @PATCH
    @Path("/content/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Item update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Draft draft);

    /** The checks on a draft as it is being written; nothing is stored. */
    @POST
    @Path("/content-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    CheckReport check(CheckRequest draft);

    /** The checks on the item as stored, as submission will run them. */
    @POST
    @Path("/content/{id}/checks")
    CheckReport check(@PathParam("id") UUID id);

    @POST
    @Path("/content/{id}/submission")
    Item submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/content/{id}/approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    Approval decide(@PathParam("id") UUID id, Decision decision);

    @GET
    @Path("/content/{id}/approvals")
    List<Approval> approvals(@PathParam("id") UUID id);

    @POST
    @Path("/content/{id}/publications")
    @Consumes(MediaType.APPLICATION_JSON)
    Publication publish(@PathParam("id") UUID id, Publication publication);

    @GET
    @Path("/content/{id}/publications")
    List<Publication> publications(@PathParam("id") UUID id);

    @GET
    @Path("/calendar")
    Calendar calendar(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("view") String view, @QueryParam("accountId") UUID accountId);

    /** The same window as iCalendar (RFC 5545), as content-service made it; passed on as a download. */
    @GET
    @Path("/calendar.ics")
    @Produces(CALENDAR)
    Response calendarFile(@QueryParam("from") LocalDate from, @QueryParam("view") String view,
            @QueryParam("accountId") UUID accountId);

    @ClientExceptionMapper
    static RuntimeException toProblem(Response response) {
        return ServiceProblems.from(response);
    }

    /** The version of a record as the If-Match header carries it. */
    static String ifMatch(long version) {
        return "\"" + version + "\"";
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Items(List<Item> items, int page, int size, long total) {

        public List<Item> items() {
            return items == null ? List.of() : items;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(UUID id, String state, Draft content, String contentHash, Approvals approvals, String authorName,
            Instant createdAt, Instant updatedAt, long version) {

        /** States in which the author may still change the text (a change returns it to DRAFT). */
        public boolean editable() {
            return !List.of("PUBLISHED", "CORRECTED", "WITHDRAWN").contains(state);
        }

        public boolean submittable() {
            return "DRAFT".equals(state) || "CHANGES_REQUESTED".equals(state);
        }

        public boolean awaitingApproval() {
            return "SUBMITTED".equals(state);
        }

        public boolean publishable() {
            return "APPROVED".equals(state) || "SCHEDULED".equals(state);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Approvals(int required, int given) {
    }

    /** The content of an item, field for field as content-service's {@code ContentDraft}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Draft(String title, String body, String language, String format, List<UUID> targetAccountIds,
            Instant plannedAt, boolean campaign, boolean paidPromotion, String websiteLink, List<String> links,
            Interaction interaction) {

        public List<UUID> targetAccountIds() {
            return targetAccountIds == null ? List.of() : targetAccountIds;
        }

        public List<String> links() {
            return links == null ? List.of() : links;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Interaction(String policy, List<UUID> responderStaffIds) {
    }

    /** A draft to check ({@code ContentCheckRequest}): what the editor holds as it is typed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CheckRequest(String title, String body, String language, String format, List<UUID> targetAccountIds,
            Instant plannedAt, List<String> links, String websiteLink) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CheckReport(boolean blocked, int blockers, int warnings, List<Finding> findings) {

        public static final CheckReport NONE = new CheckReport(false, 0, 0, List.of());

        public List<Finding> findings() {
            return findings == null ? List.of() : findings;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Finding(String checkId, String clause, List<String> clauses, String severity, String field, Integer start,
            Integer end, String excerpt, String messageAr, String messageEn, List<String> suggestions,
            UUID matchingContentId) {

        public List<String> suggestions() {
            return suggestions == null ? List.of() : suggestions;
        }

        public boolean blocker() {
            return "BLOCKER".equals(severity);
        }

        /** Whether the finding has a place in the text of {@code field}. */
        public boolean placedIn(String name) {
            return name.equals(field) && start != null && end != null && end > start;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Decision(String decision, boolean factChecked, boolean neutral, String note, String contentHash) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Approval(UUID id, String decision, boolean factChecked, boolean neutral, String note, String approverName,
            Instant decidedAt, boolean counts, String contentState) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Publication(UUID accountId, String platformPostUrl, Instant publishedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Calendar(LocalDate from, LocalDate to, String view, List<Day> days, List<Gap> gaps) {

        public List<Day> days() {
            return days == null ? List.of() : days;
        }

        public List<Gap> gaps() {
            return gaps == null ? List.of() : gaps;
        }

        /** Whether anything is planned in the window (items without a planned time are not on it). */
        public boolean anyEntries() {
            return days().stream().anyMatch(day -> !day.entries().isEmpty());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Day(LocalDate date, List<Entry> entries) {

        public List<Entry> entries() {
            return entries == null ? List.of() : entries;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(UUID contentId, String title, String state, UUID accountId, String platform, String handle,
            Instant plannedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Gap(UUID accountId, String platform, String handle, int postsPerWeek, int expected, int planned,
            int missing) {
    }
}
