package io.rasmi.console.moderation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.rasmi.console.services.ListQuery;
import io.rasmi.console.web.ServiceProblems;
import io.rasmi.console.web.UserTokenHeaders;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * content-service's moderation as the signed-in moderator calls it: the queue, an action on a comment, the approved
 * canned replies found by an Arabic search, and the response-time figures.
 */
@RegisterRestClient(configKey = "content-service")
@RegisterClientHeaders(UserTokenHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ModerationApi {

    @GET
    @Path("/moderation-queue")
    Comments queue(@BeanParam ListQuery query);

    @POST
    @Path("/comments/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    ActionDone act(@PathParam("id") UUID id, Action action);

    @GET
    @Path("/comments/{id}/actions")
    List<ActionDone> actions(@PathParam("id") UUID id);

    /** Canned replies whose topic, questions or text hold the words (compared after Arabic normalisation). */
    @GET
    @Path("/canned-replies")
    Replies replies(@QueryParam("q") String q, @QueryParam("approved") Boolean approved,
            @QueryParam("size") int size);

    @GET
    @Path("/moderation/stats")
    Stats stats();

    @ClientExceptionMapper
    static RuntimeException toProblem(Response response) {
        return ServiceProblems.from(response);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Comments(List<Comment> items, int page, int size, long total) {

        public List<Comment> items() {
            return items == null ? List.of() : items;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Comment(UUID id, UUID accountId, String platform, String platformCommentId, String postUrl,
            String authorHandle, String text, String language, Instant commentedAt, boolean flagged,
            List<Screening> findings, String status, Instant firstReplyAt) {

        public List<Screening> findings() {
            return findings == null ? List.of() : findings;
        }

        public boolean waiting() {
            return "NEW".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Screening(String kind, String clause, int start, int end, String excerpt, String messageAr,
            String messageEn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Action(String action, String text, UUID cannedReplyId, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActionDone(UUID id, String action, String text, UUID cannedReplyId, String note, String actorName,
            Instant at, String commentStatus) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Replies(List<Reply> items, long total) {

        public List<Reply> items() {
            return items == null ? List.of() : items;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reply(UUID id, ReplyText content, boolean approved) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReplyText(String topic, List<String> questionPatterns, String replyAr, String replyEn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stats(Instant from, Instant to, String target, List<AccountStats> accounts) {

        public List<AccountStats> accounts() {
            return accounts == null ? List.of() : accounts;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AccountStats(UUID accountId, long comments, long answered, long answeredWithinTarget,
            long waitingPastTarget, long noReplyNeeded, Double p50Seconds, Double p90Seconds,
            Double shareWithinTarget) {
    }
}
