package io.rasmi.content.calendar;

import java.time.Clock;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1")
@Tag(name = "Content calendar", description = "What is planned each day, against each account's posting plan (G7.4, G5.4)")
public class CalendarResource {

    private static final String WINDOW = " The window starts at ?from (a date, today in Baghdad by default) and "
            + "lasts a week or a month (?view=week|month, week by default), or ends before ?to (at most 62 days). "
            + "?accountId= keeps one of the entity's accounts. Drafts and withdrawn items are not on it.";

    @Inject
    ContentCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @GET
    @Path("/calendar")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.MANAGEMENT })
    @Operation(summary = "The content calendar", description = "Roles: entity-admin, publisher, approver, moderator, "
            + "management. Items by day (Baghdad dates) and account with their platform, and for each ACTIVE account "
            + "with a posting plan the posts the window still lacks." + WINDOW)
    @APIResponse(responseCode = "200", description = "The calendar of the window",
            content = @Content(schema = @Schema(implementation = CalendarView.class)))
    @APIResponse(responseCode = "400", description = "A date, view or account id of the wrong form, or a window that "
            + "is empty or longer than 62 days")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public CalendarView calendar(@Parameter(description = "First day", example = "2026-03-01",
            schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Day after the last", example = "2026-03-08",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "week or month", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "week", "month" })) @QueryParam("view") String view,
            @Parameter(description = "Only this account", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("accountId") String accountId) {
        return calendar.of(caller.entity(), ContentCalendar.Window.of(from, to, view, clock), account(accountId));
    }

    @GET
    @Path("/calendar.ics")
    // No @Produces: a caller that asks for JSON (as the role matrix does) still gets 401 or 403 before any 406; the
    // answer is always text/calendar.
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.MANAGEMENT })
    @Operation(summary = "The content calendar as iCalendar", description = "Roles: entity-admin, publisher, "
            + "approver, moderator, management. The same entries as /calendar, one VEVENT per item and account, for "
            + "Outlook and Google Calendar (RFC 5545)." + WINDOW)
    @APIResponse(responseCode = "200", description = "The calendar of the window as text/calendar",
            content = @Content(mediaType = CalendarFeed.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A date, view or account id of the wrong form, or a window that "
            + "is empty or longer than 62 days")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public Response ics(@Parameter(description = "First day", example = "2026-03-01",
            schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Day after the last", example = "2026-03-08",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "week or month", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "week", "month" })) @QueryParam("view") String view,
            @Parameter(description = "Only this account", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("accountId") String accountId) {
        String ics = CalendarFeed.of(calendar.of(caller.entity(), ContentCalendar.Window.of(from, to, view, clock),
                account(accountId)));
        return Response.ok(ics, CalendarFeed.MEDIA_TYPE + ";charset=UTF-8").build();
    }

    private static UUID account(String accountId) {
        if (accountId == null || accountId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(accountId.strip());
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.invalidField("accountId", "request.invalid-value", "accountId");
        }
    }
}
