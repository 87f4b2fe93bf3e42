package io.rasmi.content.replies;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.rasmi.platform.http.Versions;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path(CannedReplyResource.PATH)
@Tag(name = "Canned replies", description = "Short approved answers to common questions and comments (G7.7)")
@Produces(MediaType.APPLICATION_JSON)
public class CannedReplyResource {

    public static final String PATH = "/api/v1/canned-replies";
    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    @Inject
    CannedReplyService replies;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PUBLISHER, Roles.ENTITY_ADMIN })
    @Operation(summary = "Prepare a canned reply", description = "Roles: publisher, entity-admin. The reply belongs "
            + "to the caller's entity and is written by the caller; moderators may use it once an approver other "
            + "than its author approved this exact text (G7.7, G4.3.d).")
    @APIResponse(responseCode = "201", description = "Prepared, not yet approved, with its version as ETag",
            content = @Content(schema = @Schema(implementation = CannedReplyView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, invalid or unknown")
    @APIResponse(responseCode = "422", description = "Screening found hate speech or insults (G4.3.j), personal data "
            + "(G6.i, G8.5) or an outside link (G7.6) in replyAr or replyEn: each finding named with its field, "
            + "clause and position; nothing was stored")
    public Response create(@NotNull @Valid CannedReplyDraft request) {
        CannedReplyView reply = replies.create(caller.entity(), caller.userId(), caller.username(), request);
        return Versions.created(PATH + "/" + reply.id(), reply, reply.version());
    }

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.MANAGEMENT })
    @Operation(summary = "Find canned replies", description = "Roles: entity-admin, publisher, approver, moderator, "
            + "management. ?q= keeps the replies whose topic, question patterns or replies contain every word given, "
            + "compared after Arabic normalisation (diacritics, tatweel, hamza and other letter variants, case), so "
            + "plain Arabic finds a reply written with marks. ?approved=true keeps those moderators may use. Newest "
            + "first.")
    @APIResponse(responseCode = "200", description = "A page of canned replies")
    @APIResponse(responseCode = "400", description = "A text query that is too long, a value of the wrong form, or an "
            + "unknown query parameter")
    public Page<CannedReplyView> search(
            @Parameter(description = "Words to find; at most " + CannedReplyService.MAX_QUERY + " characters",
                    example = "مواعيد التلقيح", schema = @Schema(type = SchemaType.STRING,
                            maxLength = CannedReplyService.MAX_QUERY)) @QueryParam("q") String q,
            @Parameter(description = "Only replies approved for their text (true), or only those not (false)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("approved") Boolean approved,
            @Valid @BeanParam PageRequest page) {
        return replies.search(caller.entity(), q, approved, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.MANAGEMENT })
    @Operation(summary = "A canned reply", description = "Roles: entity-admin, publisher, approver, moderator, "
            + "management. Another entity's reply answers 404.")
    @APIResponse(responseCode = "200", description = "The reply, with its version as ETag",
            content = @Content(schema = @Schema(implementation = CannedReplyView.class)))
    @APIResponse(responseCode = "404", description = "No such reply in the caller's entity")
    public Response get(@PathParam("id") UUID id) {
        CannedReplyView reply = replies.get(caller.entity(), id);
        return Versions.ok(reply, reply.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.PUBLISHER, Roles.ENTITY_ADMIN })
    @Operation(summary = "Edit a canned reply", description = "Roles: publisher, entity-admin. A JSON merge patch "
            + "(RFC 7396) of the reply's text (the fields of `content`). Send the version you read in If-Match. Any "
            + "change voids the approval, which bound to the text before: the reply needs approving again.")
    @RequestBody(content = {
            @Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = CannedReplyDraft.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CannedReplyDraft.class)) })
    @APIResponse(responseCode = "200", description = "The reply as changed, with its new version as ETag",
            content = @Content(schema = @Schema(implementation = CannedReplyView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid or unknown")
    @APIResponse(responseCode = "404", description = "No such reply in the caller's entity")
    @APIResponse(responseCode = "412", description = "The reply changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "422", description = "Screening found hate speech or insults (G4.3.j), personal data "
            + "(G6.i, G8.5) or an outside link (G7.6) in the edited replyAr or replyEn: each finding named with its "
            + "field, clause and position; nothing was changed")
    public Response update(@PathParam("id") UUID id,
            @Parameter(required = true, description = "The version read, as its ETag, for example \"3\"")
            @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) {
        CannedReplyView reply = replies.update(caller.entity(), id, ifMatch, patch);
        return Versions.ok(reply, reply.version());
    }

    @POST
    @Path("/{id}/approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Approve a canned reply", description = "Roles: approver. contentHash must be the hash of "
            + "the reply now (409 otherwise: it changed since it was read). The author never approves their own "
            + "reply (422, G4.3.d). The approval stands until the reply is edited.")
    @APIResponse(responseCode = "200", description = "The reply, approved, with its version as ETag",
            content = @Content(schema = @Schema(implementation = CannedReplyView.class)))
    @APIResponse(responseCode = "400", description = "contentHash is missing or of the wrong form")
    @APIResponse(responseCode = "404", description = "No such reply in the caller's entity")
    @APIResponse(responseCode = "409", description = "The reply changed since it was read, or is already approved")
    @APIResponse(responseCode = "422", description = "The approver is the author (G4.3.d)")
    public Response approve(@PathParam("id") UUID id, @NotNull @Valid CannedReplyApproval request) {
        CannedReplyView reply = replies.approve(caller.entity(), id, request, caller.userId(), caller.username());
        return Versions.ok(reply, reply.version());
    }
}
