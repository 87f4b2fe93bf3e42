package io.rasmi.content.items;

import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.rasmi.events.ContentState;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path(ContentResource.PATH)
@Tag(name = "Content", description = "What the social media unit prepares for the entity's official accounts")
@Produces(MediaType.APPLICATION_JSON)
public class ContentResource {

    /** The root of every content-item resource; the lifecycle, approval and publishing resources sit under it. */
    public static final String PATH = "/api/v1/content";
    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    @Inject
    ContentService contents;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PUBLISHER, Roles.ENTITY_ADMIN })
    @Operation(summary = "Prepare a content item", description = "Roles: publisher, entity-admin (the head of the "
            + "unit prepares content too; neither approves their own). The item belongs to the caller's entity, is "
            + "written by the caller and starts DRAFT. Every target account must be the entity's (404 otherwise) and "
            + "ACTIVE in the account directory (409 otherwise, clause G6.j for a COMPROMISED account, G5.1 for any "
            + "other status). Unless interaction is CLOSED, the staff who reply are named (G7.6).")
    @APIResponse(responseCode = "201", description = "Prepared, as DRAFT, with its version as ETag",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, invalid or unknown")
    @APIResponse(responseCode = "404", description = "A target account is not one of the entity's")
    @APIResponse(responseCode = "409", description = "A target account is not ACTIVE (clause G6.j or G5.1)")
    @APIResponse(responseCode = "422", description = "No responders named for an item open to interaction (G7.6)")
    public Response create(@NotNull @Valid ContentDraft request) {
        ContentView item = contents.create(caller.entity(), caller.userId(), caller.username(), request);
        return Versions.created(PATH + "/" + item.id(), item, item.version());
    }

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.MANAGEMENT })
    @Operation(summary = "The entity's content items", description = "Roles: entity-admin, publisher, approver, "
            + "moderator, management. Filters combine: ?state= keeps items in one of the states given (repeat it or "
            + "separate values with commas); ?accountId= those for that account; ?from= and ?to= those planned in "
            + "that window (from inclusive, to exclusive, ISO-8601 instants); ?q= those whose title or body contains "
            + "every word, ignoring case. Newest first. A value of the wrong form answers 400.")
    @APIResponse(responseCode = "200", description = "A page of content items")
    @APIResponse(responseCode = "400", description = "An unknown state, an id or time of the wrong form, an empty "
            + "window, a text query that is too long, or an unknown query parameter")
    public Page<ContentView> list(
            @Parameter(description = "Only items in these states", explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ContentState.class))
            @QueryParam("state") List<String> state,
            @Parameter(description = "Only items for this account", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("accountId") String accountId,
            @Parameter(description = "Only items planned at or after this instant", example = "2026-03-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "Only items planned before this instant", example = "2026-04-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to,
            @Parameter(description = "Words the title or body contains; at most " + ContentListQuery.MAX_TEXT
                    + " characters", example = "التلقيح", schema = @Schema(type = SchemaType.STRING,
                            maxLength = ContentListQuery.MAX_TEXT)) @QueryParam("q") String q,
            @Valid @BeanParam PageRequest page) {
        return contents.list(caller.entity(), ContentListQuery.of(state, accountId, from, to, q), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.MANAGEMENT })
    @Operation(summary = "A content item", description = "Roles: entity-admin, publisher, approver, moderator, "
            + "management. Another entity's item answers 404.")
    @APIResponse(responseCode = "200", description = "The item, with its version as ETag",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "404", description = "No such item in the caller's entity")
    public Response get(@PathParam("id") UUID id) {
        ContentView item = contents.get(caller.entity(), id);
        return Versions.ok(item, item.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.PUBLISHER, Roles.ENTITY_ADMIN })
    @Operation(summary = "Edit a content item", description = "Roles: publisher, entity-admin. A JSON merge patch "
            + "(RFC 7396) of the item's content (the fields of `content`). Send the version you read in If-Match. "
            + "Any change of a SUBMITTED, CHANGES_REQUESTED, APPROVED, SCHEDULED or FROZEN item returns it to DRAFT "
            + "and voids its approvals, which bound to the content before (G4.3.d); a published or withdrawn item "
            + "does not change. New target accounts must be the entity's and ACTIVE.")
    @RequestBody(content = {
            @Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = ContentDraft.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContentDraft.class)) })
    @APIResponse(responseCode = "200", description = "The item as changed, with its new version as ETag",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid or unknown")
    @APIResponse(responseCode = "404", description = "No such item in the caller's entity, or a new target account "
            + "is not the entity's")
    @APIResponse(responseCode = "409", description = "The item is published or withdrawn, or a new target account is "
            + "not ACTIVE")
    @APIResponse(responseCode = "412", description = "The item changed since the version in If-Match")
    @APIResponse(responseCode = "422", description = "No responders named for an item open to interaction (G7.6)")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") UUID id,
            @Parameter(required = true, description = "The version read, as its ETag, for example \"3\"")
            @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) {
        ContentView item = contents.update(caller.entity(), id, ifMatch, patch);
        return Versions.ok(item, item.version());
    }
}
