package io.rasmi.console.home;

import io.rasmi.console.services.AccountApi;
import io.rasmi.console.services.ContentApi;
import io.rasmi.console.services.IncidentApi;
import io.rasmi.console.web.ConsoleMessages;
import io.rasmi.console.web.ConsoleRoles;
import io.rasmi.console.web.Pages;
import io.rasmi.console.web.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * What waits for a user, box by box, each counted by the service that owns it. A box is offered only to the roles
 * that service lets call its list; a service that cannot answer leaves its box "unavailable", never the page broken.
 */
@RequestScoped
public class WaitingWork {

    private static final Logger LOG = Logger.getLogger(WaitingWork.class);

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

    public List<WaitingBox> boxesFor(Viewer viewer) {
        ConsoleMessages msg = pages.messages();
        List<WaitingBox> boxes = new ArrayList<>();
        if (viewer.hasAny(ConsoleRoles.APPROVER, ConsoleRoles.ENTITY_ADMIN)) {
            boxes.add(box("approvals", msg.home_approvals(), "/content?state=SUBMITTED",
                    () -> content.countContent("SUBMITTED", 1).total()));
        }
        if (viewer.hasAny(ConsoleRoles.MODERATOR, ConsoleRoles.ENTITY_ADMIN)) {
            boxes.add(box("comments", msg.home_comments(), "/moderation",
                    () -> content.countComments(false, 1).total()));
        }
        if (viewer.hasAny(ConsoleRoles.ENTITY_ADMIN, ConsoleRoles.IT_SECURITY)) {
            boxes.add(box("rotations", msg.home_rotations(),
                    viewer.has(ConsoleRoles.ENTITY_ADMIN) ? "/accounts" : null,
                    () -> accounts.posture().accounts().stream()
                            .filter(account -> account.failingClauses().contains(ROTATION_CLAUSE)).count()));
            boxes.add(box("incidents", msg.home_incidents(), "/incidents", () -> IncidentApi.OPEN_STATES.stream()
                    .mapToLong(state -> incidents.countIncidents(state, 1).total()).sum()));
        }
        return boxes;
    }

    private static WaitingBox box(String id, String title, String link, LongSupplier count) {
        try {
            return new WaitingBox(id, title, count.getAsLong(), link);
        } catch (RuntimeException unavailable) {
            // the service is down or refused: its box says so, the rest of the page stands
            LOG.warnf("home box %s unavailable: %s %s", id, unavailable.getClass().getSimpleName(),
                    unavailable.getMessage());
            return new WaitingBox(id, title, null, link);
        }
    }
}
