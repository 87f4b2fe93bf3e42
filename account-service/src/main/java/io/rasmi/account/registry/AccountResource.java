package io.rasmi.account.registry;

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

import io.rasmi.events.AccountStatus;
import io.rasmi.events.Platform;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.idempotency.IdempotentRequests;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path(AccountResource.PATH)
@Tag(name = "Accounts", description = "The register of the entity's official accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** The root of every account-scoped resource; the other packages' resources sit under it too. */
    public static final String PATH = "/api/v1/accounts";
    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    @Inject
    AccountService accounts;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Transactional
    @Operation(summary = "Propose an official account", description = "Roles: entity-admin. The account belongs to the "
            + "caller's entity (from the token) and starts PROPOSED. The registration e-mail must be on one of the "
            + "entity's official domains (G6.c); a website link must be on the entity's website (G3.2). The objectives, "
            + "posting plan, study and risk-analysis references may come now or later by PATCH. "
            + "Emits io.rasmi.account.registered.v1.")
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "This handle is already registered on this platform")
    @APIResponse(responseCode = "422", description = "A rule is not met, for example clause G6.c or G3.2")
    public Response register(@NotNull @Valid RegisterAccountRequest request,
            @Parameter(description = "Makes a retried request safe: the same key and body replay the first answer")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String entity = caller.entity();
        return idempotentRequests.execute(entity, idempotencyKey, "POST /api/v1/accounts", request, () -> {
            AccountView account = accounts.register(entity, request);
            return Versions.created("/api/v1/accounts/" + account.id(), account, account.version());
        });
    }

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "The entity's official accounts", description = "Roles: any Rasmi role of the entity. "
            + "Filters combine: ?status= and ?platform= keep the accounts with one of the values given (repeat the "
            + "parameter or separate values with commas); ?q= keeps those whose handle or display name contains "
            + "every word of the text, compared after Arabic-aware normalisation (hamza forms, taa marbuta, "
            + "diacritics, case). ?sort= orders by up to three keys, a leading '-' for descending; oldest first by "
            + "default. An unknown value or query parameter answers 400.")
    @APIResponse(responseCode = "200", description = "A page of accounts")
    @APIResponse(responseCode = "400", description = "An unknown status, platform, sort key or query parameter, or a "
            + "text query that is too long")
    public Page<AccountView> list(
            @Parameter(description = "Only accounts in these statuses", explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AccountStatus.class))
            @QueryParam("status") List<String> status,
            @Parameter(description = "Only accounts on these platforms", explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Platform.class))
            @QueryParam("platform") List<String> platform,
            @Parameter(description = "Words the handle or a display name contains, Arabic-normalised; at most "
                    + AccountListQuery.MAX_TEXT + " characters", example = "وزارة الصحة",
                    schema = @Schema(type = SchemaType.STRING, maxLength = AccountListQuery.MAX_TEXT))
            @QueryParam("q") String q,
            @Parameter(description = "Up to three keys separated by commas, each with an optional leading '-' for "
                    + "descending: " + AccountListQuery.SORT_VALUES, example = "-createdAt",
                    schema = @Schema(type = SchemaType.STRING, pattern = SORT_PATTERN))
            @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return accounts.list(caller.entity(), AccountListQuery.of(status, platform, q, sort), page);
    }

    /** The shape of {@code ?sort=}, for the OpenAPI document; the service names the key that is not known. */
    static final String SORT_PATTERN = "^-?(handle|displayName|displayNameEn|platform|status|createdAt|updatedAt)"
            + "(,-?(handle|displayName|displayNameEn|platform|status|createdAt|updatedAt)){0,2}$";

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "An official account", description = "Roles: any Rasmi role of the entity. Another entity's "
            + "account answers 404.")
    @APIResponse(responseCode = "200", description = "The account, with its version as ETag",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public Response get(@PathParam("id") UUID id) {
        AccountView account = accounts.get(caller.entity(), id);
        return Versions.ok(account, account.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Operation(summary = "Change an account's editable fields", description = "Roles: entity-admin. A JSON merge patch "
            + "(RFC 7396) of displayNameAr, displayNameEn, profileUrl, objectives, postingPlan, needsStudyRef, "
            + "riskAnalysisRef, websiteLinkUrl and bio; the platform, handle, entity and registration e-mail do not "
            + "change. Send the version you read in If-Match. Emits io.rasmi.account.updated.v1 with the whole account.")
    @RequestBody(content = {
            @Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(implementation = AccountProfile.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountProfile.class)) })
    @APIResponse(responseCode = "200", description = "The account as changed, with its new version as ETag",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid, unknown or not editable")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    @APIResponse(responseCode = "409", description = "The account is archived")
    @APIResponse(responseCode = "412", description = "The account changed since the version in If-Match")
    @APIResponse(responseCode = "422", description = "A rule is not met: the website link is off the entity's "
            + "website (G3.2)")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") UUID id,
            @Parameter(required = true, description = "The version read, as its ETag, for example \"3\"") @HeaderParam("If-Match")
            String ifMatch,
            JsonNode patch) {
        AccountView account = accounts.update(caller.entity(), id, ifMatch, patch);
        return Versions.ok(account, account.version());
    }
}
