package io.rasmi.console.home;

import io.rasmi.console.services.AccountApi;
import io.rasmi.console.services.ContentApi;
import io.rasmi.console.services.IncidentApi;
import io.rasmi.console.services.ListQuery;
import io.rasmi.console.web.ConsoleMessages;
import io.rasmi.console.web.ConsoleRoles;
import io.rasmi.console.web.Pages;
import io.rasmi.console.web.ServiceCalls;
import io.rasmi.console.web.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * What waits for a user, box by box, each counted by the service that owns it. A box is offered only to the roles
 * that service lets call its list; a service that cannot answer leaves its box "unavailable", never the page broken.
 */
@RequestScoped
public class WaitingWork {

    /** Guideline clause of the password rotation (changed every 90 days at most). */
    static final String ROTATION_CLAUSE = "G6.g";

    @RestClient
    AccountApi accounts;

    @RestClient
    ContentApi content;

    @RestClient
    IncidentApi incidents;

    @Inject
    Pages pages;

    @Inject
    ServiceCalls calls;

    /** The boxes of {@code viewer}'s roles; their counts are asked side by side, so the page waits for the slowest. */
    public List<WaitingBox> boxesFor(Viewer viewer) {
        ConsoleMessages msg = pages.messages();
        List<Supplier<WaitingBox>> boxes = new ArrayList<>();
        if (viewer.hasAny(ConsoleRoles.APPROVER, ConsoleRoles.ENTITY_ADMIN)) {
            boxes.add(box("approvals", msg.home_approvals(), "/content?state=SUBMITTED",
                    calls.start(() -> content.countContent(ListQuery.first(1).inState("SUBMITTED")).total())));
        }
        if (viewer.hasAny(ConsoleRoles.MODERATOR, ConsoleRoles.ENTITY_ADMIN)) {
            boxes.add(box("comments", msg.home_comments(), "/moderation",
                    calls.start(() -> content.countComments(ListQuery.first(1).whereAnswered(false)).total())));
        }
        if (viewer.hasAny(ConsoleRoles.ENTITY_ADMIN, ConsoleRoles.IT_SECURITY)) {
            boxes.add(box("rotations", msg.home_rotations(),
                    viewer.has(ConsoleRoles.ENTITY_ADMIN) ? "/accounts" : null,
                    calls.start(() -> accounts.posture().accounts().stream()
                            .filter(account -> account.failingClauses().contains(ROTATION_CLAUSE)).count())));
            List<Supplier<Long>> open = IncidentApi.OPEN_STATES.stream()
                    .map(state -> calls.start(
                            () -> incidents.countIncidents(ListQuery.first(1).inState(state)).total()))
                    .toList();
            boxes.add(box("incidents", msg.home_incidents(), "/incidents",
                    () -> open.stream().mapToLong(Supplier::get).sum()));
        }
        return boxes.stream().map(Supplier::get).toList();
    }

    /** The box, once its count has come: a service that is down or refused leaves it unavailable. */
    private Supplier<WaitingBox> box(String id, String title, String link, Supplier<Long> count) {
        return () -> new WaitingBox(id, title, calls.optional("home box " + id, count, null), link);
    }
}
