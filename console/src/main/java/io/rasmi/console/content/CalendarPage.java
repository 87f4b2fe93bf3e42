package io.rasmi.console.content;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rasmi.console.cert.Download;
import io.rasmi.console.content.AccountChoicesApi.Account;
import io.rasmi.console.content.ContentItemsApi.Calendar;
import io.rasmi.console.web.ArabicDigits;
import io.rasmi.console.web.ConsoleRoles;
import io.rasmi.console.web.FormErrors;
import io.rasmi.console.web.Page;
import io.rasmi.console.web.Pages;
import io.rasmi.console.web.ServiceCalls;
import io.rasmi.console.web.ServiceProblems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The content calendar (G7.4) by week or month, for all the entity's accounts or one, with the posting-plan gaps. */
@Path("/calendar")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ ConsoleRoles.ENTITY_ADMIN, ConsoleRoles.PUBLISHER, ConsoleRoles.APPROVER, ConsoleRoles.MODERATOR,
        ConsoleRoles.MANAGEMENT })
public class CalendarPage {

    /** What the page asked for, and the windows before and after it for the page's links. */
    public record Window(String view, LocalDate from, UUID accountId) {

        public LocalDate previous() {
            return "month".equals(view) ? from.minusMonths(1) : from.minusWeeks(1);
        }

        public LocalDate next() {
            return "month".equals(view) ? from.plusMonths(1) : from.plusWeeks(1);
        }

        /** This window as an iCalendar file to download. */
        public String fileLink() {
            return "/calendar/ics?view=" + view + "&from=" + from + (accountId == null ? "" : "&accountId="
                    + accountId);
        }

        /** The link to this window in {@code otherView} or from {@code day}, keeping the account. */
        public String link(String otherView, LocalDate day) {
            return "/calendar?view=" + otherView + "&from=" + day + (accountId == null ? "" : "&accountId="
                    + accountId);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(Page page, Window window, Calendar calendar, List<Account> accounts,
                FormErrors errors);
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
    public TemplateInstance calendar(@QueryParam("view") String view, @QueryParam("from") String from,
            @QueryParam("accountId") String accountId) {
        String kind = "month".equals(view) ? "month" : "week";
        LocalDate start = date(from);
        UUID account = id(accountId);
        Supplier<List<Account>> choices = calls.start(() -> accounts.accounts(null, "-createdAt", 200).items());
        ServiceCalls.Answer<Calendar> calendar = calls.read("content-service",
                () -> content.calendar(start, null, kind, account));
        LocalDate shown = calendar.ok() ? calendar.value().from() : start;
        Window window = new Window(kind, shown == null ? LocalDate.now(EditorForm.BAGHDAD) : shown, account);
        return pages.show(Templates.calendar(pages.page(), window, calendar.value(),
                calls.optional("accounts for the calendar", choices, List.of()), calendar.errors()));
    }

    /**
     * The window as an iCalendar file (content-service's {@code /calendar.ics}, streamed through as it made it),
     * saved as {@code calendar-<from>.ics} to import into Outlook or Google Calendar. A download, not a link to
     * subscribe to: a calendar application would fetch a subscription without the user's session, and a link
     * that carried their token would hand the token to whoever sees the link.
     */
    @GET
    @Path("/ics")
    @Produces({ ContentItemsApi.CALENDAR, MediaType.TEXT_HTML })
    public Response file(@QueryParam("view") String view, @QueryParam("from") String from,
            @QueryParam("accountId") String accountId) {
        String kind = "month".equals(view) ? "month" : "week";
        LocalDate start = date(from);
        UUID account = id(accountId);
        Response answer = calls.record("content-service", () -> {
            Response file = content.calendarFile(start, kind, account);
            if (file.getStatus() >= 400) {
                throw ServiceProblems.from(file); // a refusal the client passed on as a plain answer
            }
            return file;
        });
        String day = start == null ? LocalDate.now(EditorForm.BAGHDAD).toString() : start.toString();
        return Download.of(answer, ContentItemsApi.CALENDAR, "calendar-" + day + ".ics");
    }

    private static LocalDate date(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(ArabicDigits.toAscii(written.strip()));
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static UUID id(String written) {
        try {
            return written == null || written.isBlank() ? null : UUID.fromString(written.strip());
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
