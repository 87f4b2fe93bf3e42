package io.rasmi.content.corrections;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.events.CorrectionErrorType;
import io.rasmi.events.CorrectionProcedure;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.idempotency.IdempotentRequests;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path(CorrectionResource.PATH)
@Tag(name = "Corrections", description = "Errors in published posts and the procedures that correct them (G7.5)")
@Produces(MediaType.APPLICATION_JSON)
public class CorrectionResource {

    static final String PATH = "/api/v1/corrections";

    @Inject
    CorrectionService corrections;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY })
    @Transactional
    @Operation(summary = "Open the correction of a post", description = "Roles: entity-admin, publisher, approver, "
            + "moderator, it-security (whoever notices an error). The post is named by the content item published on "
            + "the account, by its link on the account's page, or both. The procedure follows the error type and "
            + "what the platform allows after publishing (the platform capability table): UNAUTHORIZED_POST and "
            + "PRIVACY_LEAK are always DELETE_AND_ESCALATE; WRONG_ACCOUNT is DELETE_AND_REPOST; TYPO, FACTUAL and "
            + "BROKEN_LINK are EDIT_IN_PLACE while the platform lets the text (or, with inMedia, the media) be edited, "
            + "else DELETE_AND_REPOST. UNAUTHORIZED_POST emits io.rasmi.content.unauthorized-post-detected.v1 and "
            + "PRIVACY_LEAK io.rasmi.content.privacy-leak-detected.v1, from which incident-service opens an incident.")
    @APIResponse(responseCode = "201", description = "Opened, with its procedure and checklist",
            content = @Content(schema = @Schema(implementation = CorrectionView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or neither contentId nor "
            + "platformPostUrl is given")
    @APIResponse(responseCode = "404", description = "The account or content item is not one of the entity's")
    @APIResponse(responseCode = "409", description = "A correction of this post is already open, or a request with "
            + "the same Idempotency-Key is still in flight")
    @APIResponse(responseCode = "422", description = "detectedAt is in the future or before the publication, the "
            + "item was never published on that account, the link is not on the account's page or is not the item's "
            + "recorded post, or the Idempotency-Key was used with another body")
    public Response open(@NotNull @Valid CorrectionRequest request,
            @Parameter(description = "Makes a retried request safe: the same key and body replay the first answer")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String entity = caller.entity();
        String actor = caller.username();
        return idempotentRequests.execute(entity, idempotencyKey, "POST " + PATH, request, () -> {
            CorrectionView correction = corrections.open(entity, request, actor);
            return Versions.created(PATH + "/" + correction.id(), correction, correction.version());
        });
    }

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "The entity's corrections", description = "Roles: any Rasmi role of the entity. Filters "
            + "combine: accountId, contentId, errorType, procedure, state (OPEN or DONE), and a window of detection "
            + "times (from inclusive, to exclusive). Newest detection first. A value of the wrong form answers 400.")
    @APIResponse(responseCode = "200", description = "A page of corrections")
    @APIResponse(responseCode = "400", description = "A filter of the wrong form, an empty window, or a bad page")
    public Page<CorrectionView> list(
            @Parameter(description = "Only corrections on this account", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("accountId") String accountId,
            @Parameter(description = "Only corrections of this content item", schema = @Schema(type =
                    SchemaType.STRING, format = "uuid")) @QueryParam("contentId") String contentId,
            @Parameter(description = "Only errors of this type", schema = @Schema(implementation =
                    CorrectionErrorType.class)) @QueryParam("errorType") String errorType,
            @Parameter(description = "Only corrections by this procedure", schema = @Schema(implementation =
                    CorrectionProcedure.class)) @QueryParam("procedure") String procedure,
            @Parameter(description = "Only OPEN or only DONE corrections", schema = @Schema(implementation =
                    Correction.State.class)) @QueryParam("state") String state,
            @Parameter(description = "Only errors detected at or after this instant", example = "2026-03-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "Only errors detected before this instant", example = "2026-04-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to,
            @Valid @BeanParam PageRequest page) {
        return corrections.list(caller.entity(),
                CorrectionFilter.of(accountId, contentId, errorType, procedure, state, from, to), page);
    }

    @GET
    @Path("/stats")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.IT_SECURITY, Roles.MANAGEMENT })
    @Operation(summary = "How many corrections, and how long correcting took", description = "Roles: entity-admin, "
            + "publisher, it-security, management. Per account and error type: corrections opened, done, and the mean, "
            + "median and longest time from detection to the last step, in seconds. Filters as in the list.")
    @APIResponse(responseCode = "200", description = "One row per account and error type that has corrections")
    @APIResponse(responseCode = "400", description = "A filter of the wrong form or an empty window")
    public List<CorrectionStats> stats(
            @Parameter(description = "Only corrections on this account", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("accountId") String accountId,
            @Parameter(description = "Only errors of this type", schema = @Schema(implementation =
                    CorrectionErrorType.class)) @QueryParam("errorType") String errorType,
            @Parameter(description = "Only errors detected at or after this instant", example = "2026-03-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "Only errors detected before this instant", example = "2026-04-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to) {
        return corrections.stats(caller.entity(),
                CorrectionFilter.of(accountId, null, errorType, null, null, from, to));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "A correction", description = "Roles: any Rasmi role of the entity. Another entity's "
            + "correction answers 404.")
    @APIResponse(responseCode = "200", description = "The correction, with its version as ETag",
            content = @Content(schema = @Schema(implementation = CorrectionView.class)))
    @APIResponse(responseCode = "404", description = "No such correction in the caller's entity")
    public Response get(@PathParam("id") UUID id) {
        CorrectionView correction = corrections.get(caller.entity(), id);
        return Versions.ok(correction, correction.version());
    }

    @POST
    @Path("/{id}/steps/{step}")
    @RolesAllowed({ Roles.PUBLISHER, Roles.ENTITY_ADMIN })
    @Operation(summary = "Mark a step of the correction done", description = "Roles: publisher, entity-admin. The "
            + "caller must also hold an ADMIN or PUBLISHER role on the correction's account (G7.5: applied by those "
            + "authorised to edit; the staff id comes from the token's staff_id claim). Steps are done in order, each "
            + "once, and are timestamped with who did them. The last one closes the correction, measures the time "
            + "from detection, moves a corrected content item to CORRECTED and emits io.rasmi.content.corrected.v1.")
    @APIResponse(responseCode = "200", description = "The correction after the step, with its version as ETag",
            content = @Content(schema = @Schema(implementation = CorrectionView.class)))
    @APIResponse(responseCode = "403", description = "The caller holds no ADMIN or PUBLISHER role on the account, or "
            + "the token names no staff member (clause G7.5)")
    @APIResponse(responseCode = "404", description = "No such correction in the caller's entity, or no such step in "
            + "its checklist")
    @APIResponse(responseCode = "409", description = "The step is done already, or an earlier step is not")
    public Response completeStep(@PathParam("id") UUID id,
            @Parameter(description = "The step, as named in the checklist", schema = @Schema(implementation =
                    CorrectionStep.class)) @PathParam("step") String step) {
        CorrectionView correction = corrections.completeStep(caller.entity(), id, step, caller.staffId(),
                caller.username());
        return Versions.ok(correction, correction.version());
    }
}
