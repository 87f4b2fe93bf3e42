package io.rasmi.console.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rasmi.console.moderation.ModerationApi.Comment;
import io.rasmi.console.moderation.ModerationApi.Reply;
import io.rasmi.console.moderation.ModerationApi.Stats;
import io.rasmi.console.services.ListQuery;
import io.rasmi.console.web.ConsoleRoles;
import io.rasmi.console.web.FormErrors;
import io.rasmi.console.web.Page;
import io.rasmi.console.web.Pages;
import io.rasmi.console.web.ServiceCalls;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The moderator's screens: the queue of comments, a comment answered with an approved canned reply found by an
 * Arabic search (or in free text), hidden or escalated, and the time-to-first-response figures (G7.8).
 */
@Path("/moderation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ ConsoleRoles.MODERATOR, ConsoleRoles.ENTITY_ADMIN, ConsoleRoles.MANAGEMENT })
public class ModerationPages {

    private static final String SERVICE = "content-service";
    private static final int PAGE_SIZE = 200;
    private static final int MAX_PAGES = 5;
    private static final int REPLY_CHOICES = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Page page, List<Comment> comments, long total, String show,
                String done, FormErrors errors);

        static native TemplateInstance comment(Page page, Comment comment, ActionForm form, List<Reply> replies,
                FormErrors errors);

        static native TemplateInstance replies(Page page, ActionForm form, List<Reply> replies);

        static native TemplateInstance stats(Page page, Stats stats, FormErrors errors);
    }

    @Inject
    Pages pages;

    @RestClient
    ModerationApi moderation;

    @Inject
    ServiceCalls calls;

    /** The queue: comments waiting for an answer first (what "comments to answer" counts), or all of them. */
    @GET
    public TemplateInstance queue(@QueryParam("show") String show, @QueryParam("done") String done) {
        String chosen = "all".equals(show) || "answered".equals(show) ? show : "waiting";
        Boolean answered = switch (chosen) {
            case "answered" -> true;
            case "all" -> null;
            default -> false;
        };
        ServiceCalls.Answer<ModerationApi.Comments> found = calls.read(SERVICE,
                () -> moderation.queue(ListQuery.first(PAGE_SIZE).whereAnswered(answered)));
        ModerationApi.Comments comments = found.valueOr(new ModerationApi.Comments(List.of(), 0, PAGE_SIZE, 0));
        return pages.show(Templates.queue(pages.page(), comments.items(), comments.total(), chosen,
                done != null && ActionForm.ACTIONS.contains(done) ? done : null, found.errors()));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance comment(@PathParam("id") UUID id, @QueryParam("q") String q) {
        ActionForm form = ActionForm.empty();
        form.q = q;
        return commentPage(id, form, FormErrors.NONE);
    }

    /** The approved canned replies that hold the words typed: the fragment htmx swaps in as the moderator types. */
    @GET
    @Path("/{id}/replies")
    public TemplateInstance replyChoices(@PathParam("id") UUID id, @QueryParam("q") String q) {
        ActionForm form = ActionForm.empty();
        form.q = q;
        return pages.show(Templates.replies(pages.page(), form, replies(q).get()));
    }

    @POST
    @Path("/{id}/actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ ConsoleRoles.MODERATOR, ConsoleRoles.ENTITY_ADMIN })
    public Object act(@PathParam("id") UUID id, @BeanParam ActionForm form) {
        FormErrors errors = calls.act(SERVICE, () -> moderation.act(id, form.toRequest()), ActionForm.FIELDS);
        if (!errors.any()) {
            return Response.seeOther(URI.create("/moderation?done=" + form.action)).build();
        }
        return Response.status(422).entity(commentPage(id, form, errors)).build();
    }

    @GET
    @Path("/stats")
    public TemplateInstance stats() {
        ServiceCalls.Answer<Stats> stats = calls.read(SERVICE, moderation::stats);
        return pages.show(Templates.stats(pages.page(), stats.value(), stats.errors()));
    }

    /** The comment's page; when content-service cannot be reached, the page says so and offers no action. */
    private TemplateInstance commentPage(UUID id, ActionForm form, FormErrors errors) {
        Supplier<List<Reply>> replies = replies(form.q);
        ServiceCalls.Answer<Comment> comment = calls.read(SERVICE, () -> find(id));
        if (!comment.ok()) {
            return pages.show(Templates.comment(pages.page(), null, form, List.of(), comment.errors()));
        }
        return pages.show(Templates.comment(pages.page(), comment.value(), form, replies.get(), errors));
    }

    /**
     * The comment, from the queue the user may see (content-service has no single-comment read): another entity's
     * comment, or one of an account the moderator does not moderate, is 404 here.
     */
    private Comment find(UUID id) {
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                ModerationApi.Comments comments = moderation.queue(ListQuery.first(PAGE_SIZE).onPage(page));
                Optional<Comment> found = comments.items().stream().filter(c -> c.id().equals(id)).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                if ((long) (page + 1) * PAGE_SIZE >= comments.total()) {
                    break;
                }
            }
        } catch (ServiceProblemException problem) {
            if (problem.status() != 404) {
                throw problem;
            }
        }
        throw new NotFoundException();
    }

    /** The canned replies that hold {@code q}, asked at once; the supplier waits for them. */
    private Supplier<List<Reply>> replies(String q) {
        if (q == null || q.isBlank()) {
            return List::of; // the choices come from a search, so a choice made is not swapped away by its results
        }
        Supplier<List<Reply>> found = calls.start(() -> moderation.replies(q.strip(), true, REPLY_CHOICES).items());
        return () -> calls.optional("canned replies", found, List.of());
    }
}
