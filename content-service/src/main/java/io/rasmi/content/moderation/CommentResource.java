package io.rasmi.content.moderation;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.rasmi.platform.problem.ProblemMessages;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path(CommentResource.PATH)
@Tag(name = "Comments", description = "Comments on official accounts from platform exports, screened, and the "
        + "moderators' actions on them (G4.3.f, G4.3.j, G7.6, G7.8)")
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {

    public static final String PATH = "/api/v1/comments";

    @Inject
    CommentIntake intake;

    @Inject
    ModerationQueue queue;

    @Inject
    ProblemMessages messages;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MODERATOR, Roles.ENTITY_ADMIN })
    @Operation(summary = "Take comments from a platform export", description = "Roles: moderator, entity-admin. A JSON "
            + "array of comments {accountId, platformCommentId, postUrl, authorHandle, text, at}, at most "
            + "content.moderation.max-batch (500 by default). All or nothing: a bad line answers 400 and an account "
            + "that is not the entity's 404, each naming the line (1-based) and field, and nothing is stored. A "
            + "comment already known for its account (the same platformCommentId) adds nothing, so a re-sent export "
            + "is harmless. Each new comment is screened for hate speech and insults (G4.3.j), personal data (G6.i, "
            + "G8.5) and links to other platforms or outside hosts (G7.6), and announced as "
            + "io.rasmi.content.comment-received.v1, with io.rasmi.content.comment-flagged.v1 when screening found "
            + "something.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = CommentInput.class),
            examples = @ExampleObject(name = "export", value = "[{\"accountId\": "
                    + "\"0f8d2c3a-6b1e-4c59-9e7a-1d2b3c4d5e6f\", \"platformCommentId\": \"1234567890_987654321\", "
                    + "\"postUrl\": \"https://www.facebook.com/moh.iraq/posts/1234567890\", \"authorHandle\": "
                    + "\"citizen_42\", \"text\": \"متى تبدأ حملة التلقيح؟\", \"at\": \"2026-03-02T09:10:00Z\"}]")))
    @APIResponse(responseCode = "200", description = "What the batch did, line by line",
            content = @Content(schema = @Schema(implementation = IntakeReport.class)))
    @APIResponse(responseCode = "400", description = "Not an array, empty, too large, or a line is missing a field, "
            + "has one of the wrong form or an unknown one, or a postUrl that is not on its account's own pages "
            + "(https, the account's platform, and the account where the link names one), each named in violations; "
            + "nothing was stored")
    @APIResponse(responseCode = "404", description = "A line names an account that is not the entity's (named in "
            + "violations); nothing was stored")
    public IntakeReport receive(JsonNode batch, @Context HttpHeaders headers) {
        return intake.receive(caller.entity(), batch, messages.choose(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MODERATOR, Roles.ENTITY_ADMIN })
    @Operation(summary = "Act on a comment", description = "Roles: moderator, entity-admin. The caller must also hold "
            + "the MODERATOR role on the comment's account (account-service's role holders, G6.a), known by the "
            + "staff_id claim of their token: anyone else of the entity answers 403 (G7.6). REPLY carries either "
            + "text or the id of an approved canned reply (G7.7), not both; a free-text reply is screened first and "
            + "any finding refuses it (422 naming the clauses: G4.3.j, G6.i, G8.5, G7.6). HIDE, ESCALATE and "
            + "NO_ACTION carry neither. The first reply stops the response clock (G7.8).")
    @APIResponse(responseCode = "201", description = "The action, with the comment's status after it",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or a REPLY without exactly one "
            + "of text and cannedReplyId")
    @APIResponse(responseCode = "403", description = "The caller does not moderate the comment's account (G7.6)")
    @APIResponse(responseCode = "404", description = "No such comment, or canned reply, in the caller's entity")
    @APIResponse(responseCode = "409", description = "The canned reply is not approved for its current text (G7.7)")
    @APIResponse(responseCode = "422", description = "Screening found hate speech, personal data or an outside link "
            + "in the reply (the clauses are named)")
    public Response act(@PathParam("id") UUID id, @NotNull @Valid ActionRequest request) {
        ActionView action = queue.act(caller.entity(), id, caller.staffId(), caller.username(), request);
        return Response.status(Response.Status.CREATED).entity(action).build();
    }

    @GET
    @Path("/{id}/actions")
    @RolesAllowed({ Roles.MODERATOR, Roles.ENTITY_ADMIN, Roles.MANAGEMENT })
    @Operation(summary = "The actions on a comment", description = "Roles: moderator, entity-admin, management. "
            + "Oldest first. Another entity's comment answers 404.")
    @APIResponse(responseCode = "200", description = "The actions")
    @APIResponse(responseCode = "404", description = "No such comment in the caller's entity")
    public List<ActionView> actions(@PathParam("id") UUID id) {
        return queue.actions(caller.entity(), id);
    }
}
