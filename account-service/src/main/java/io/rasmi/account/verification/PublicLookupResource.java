package io.rasmi.account.verification;

import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.account.lookalikes.LookAlikeResource;
import io.rasmi.account.verification.PublicAnswers.Prepared;
import io.rasmi.events.Platform;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.web.AccountAddress;
import io.rasmi.platform.web.ProfileUrls;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * "Is this account official?" for citizens, journalists and platforms, with no token (G3.3, G3.5). Questions are
 * answered from the register held in memory, on the I/O thread; only before the register is first loaded, or for
 * an entity it does not know, does a question go to the database, on a worker thread.
 */
@Path("/public/v1")
@RateLimited
@Tag(name = "Public lookup", description = "Is this account official? Open to anyone, no token, rate limited per "
        + "client (G3.3, G3.5). The limit is counted by each instance of the service on its own: behind N replicas a "
        + "client may make up to N times the configured rate.")
@Produces(MediaType.APPLICATION_JSON)
public class PublicLookupResource {

    static final String CACHE_CONTROL = "public, max-age=";
    private static final int MAX_HANDLE = 100;

    @Inject
    PublicLookup lookup;

    @Inject
    PublicLookupConfig config;

    @GET
    @Path("/verify")
    @Operation(summary = "Is this account official?", description = "Roles: none, no token needed. Give the link to "
            + "the account's page (url), or its platform and handle. Links are read however they were copied "
            + "(scheme, www./m./mobile., case, trailing slash, query, twitter.com or x.com, fb.com, "
            + "facebook.com/profile.php?id=...) and handles compared without case or @. Only ACTIVE and "
            + "COMPROMISED accounts are public; a COMPROMISED one carries a warning not to trust its recent posts. "
            + "An account that is not official lists the official accounts it resembles. Answers carry an ETag "
            + "(send it back in If-None-Match for a 304) and may be cached for a minute.")
    @APIResponse(responseCode = "200", description = "The verdict",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicAnswers.Verdict.class)),
            headers = { @Header(name = HttpHeaders.ETAG, description = "The answer's entity tag"),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = "public, max-age=60") })
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "Neither a link to an account nor a platform and handle, "
            + "or both")
    @APIResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait"))
    public Uni<Response> verify(
            @Parameter(description = "Link to the account's page. Give either url alone, or platform and handle "
                    + "together", example = "https://x.com/MOH_Iraq")
            @QueryParam("url") String url,
            @Parameter(description = "The account's platform (FACEBOOK, INSTAGRAM, X, ...); with handle, and only "
                    + "without url", example = "X")
            @QueryParam("platform") String platform,
            @Parameter(description = "The account's handle, with or without @; with platform, and only without url",
                    example = "@MOH_Iraq")
            @QueryParam("handle") String handle,
            @Parameter(description = "ETag of an answer already held") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
            String ifNoneMatch) {
        AccountAddress address = addressOf(url, platform, handle);
        if (lookup.ready()) {
            return Uni.createFrom().item(respond(lookup.verdict(address), ifNoneMatch));
        }
        return blocking(() -> respond(lookup.verdict(address), ifNoneMatch));
    }

    @GET
    @Path("/entities/{code}/accounts")
    @Operation(summary = "An entity's official accounts", description = "Roles: none, no token needed. The entity's "
            + "ACTIVE and COMPROMISED accounts, for its website and letters to list (G3.3, G3.5). ETag and "
            + "Cache-Control as for verify.")
    @APIResponse(responseCode = "200", description = "The entity and its public accounts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicAnswers.EntityAccounts.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such entity")
    @APIResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After")
    public Uni<Response> entityAccounts(
            @Parameter(description = "The entity's code", example = "moh") @PathParam("code") String code,
            @Parameter(description = "ETag of an answer already held") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
            String ifNoneMatch) {
        if (lookup.knowsEntity(code)) {
            return Uni.createFrom().item(respond(lookup.entityAccounts(code).orElseThrow(), ifNoneMatch));
        }
        return blocking(() -> respond(lookup.entityAccounts(code)
                .orElseThrow(() -> ProblemException.notFound("public.entity-not-found")), ifNoneMatch));
    }

    /** The account asked about: from the link, or from platform and handle; anything else is bad input. */
    static AccountAddress addressOf(String url, String platform, String handle) {
        boolean byUrl = url != null && !url.isBlank();
        boolean byHandle = (platform != null && !platform.isBlank()) || (handle != null && !handle.isBlank());
        if (byUrl && byHandle) {
            throw ProblemException.invalidField("url", "public.url-or-handle");
        }
        if (byUrl) {
            return ProfileUrls.parse(url).orElseThrow(() -> ProblemException.invalidField("url",
                    "public.url-not-an-account"));
        }
        if (handle == null || handle.isBlank()) {
            throw ProblemException.invalidField("handle", "public.url-or-handle");
        }
        Platform on = LookAlikeResource.platform(platform);
        if (on == null) {
            throw ProblemException.invalidField("platform", "public.url-or-handle");
        }
        String key = AccountAddress.keyOf(handle);
        if (key.isEmpty() || key.length() > MAX_HANDLE) {
            throw ProblemException.invalidField("handle", "public.handle-invalid", MAX_HANDLE);
        }
        return new AccountAddress(on, key);
    }

    private Response respond(Prepared answer, String ifNoneMatch) {
        String cacheControl = CACHE_CONTROL + config.answers().clientMaxAgeSeconds();
        if (matches(ifNoneMatch, answer.etag())) {
            return Response.notModified()
                    .header(HttpHeaders.ETAG, answer.etag())
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .build();
        }
        return Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, answer.etag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .build();
    }

    /** Whether an {@code If-None-Match} list names {@code etag}; weak comparison, as RFC 9110 asks for it. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static Uni<Response> blocking(Supplier<Response> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
