package io.rasmi.account.reviews;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.account.registry.AccountResource;
import io.rasmi.events.ReviewKind;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path(AccountResource.PATH)
@Tag(name = "Reviews", description = "Reviews of accounts' settings, access history and role holders (G6.h), the "
        + "verified badge (G6.k) and what people attest (G6.e, G5.5, G4.3.l)")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    Reviews reviews;

    @Inject
    Caller caller;

    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.IT_SECURITY, Roles.ENTITY_ADMIN })
    @Operation(summary = "Record a review of the account (G6.h)", description = "Roles: it-security, entity-admin. "
            + "SETTINGS, ACCESS_HISTORY or ROLE_HOLDERS, done at reviewedAt (not in the future). A kind not reviewed "
            + "within the cadence (30 days unless configured) is overdue.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or reviewedAt is in the future")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    @APIResponse(responseCode = "409", description = "The account is archived")
    public Response record(@PathParam("id") UUID id, @NotNull @Valid ReviewRequest request) {
        ReviewView review = reviews.record(caller.entity(), id, request, caller.username());
        return Response.created(URI.create(AccountResource.PATH + "/" + id + "/reviews/" + review.id()))
                .entity(review).build();
    }

    @GET
    @Path("/{id}/reviews")
    @RolesAllowed({ Roles.IT_SECURITY, Roles.ENTITY_ADMIN, Roles.MANAGEMENT })
    @Operation(summary = "The account's reviews, newest first", description = "Roles: it-security, entity-admin, "
            + "management.")
    @APIResponse(responseCode = "200", description = "A page of reviews")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity")
    public Page<ReviewView> list(@PathParam("id") UUID id,
            @Parameter(description = "Only reviews of this kind") @QueryParam("kind") ReviewKind kind,
            @Valid @BeanParam PageRequest page) {
        return reviews.list(caller.entity(), id, kind, page);
    }

    @GET
    @Path("/{id}/reviews/{reviewId}")
    @RolesAllowed({ Roles.IT_SECURITY, Roles.ENTITY_ADMIN, Roles.MANAGEMENT })
    @Operation(summary = "One review of the account", description = "Roles: it-security, entity-admin, management.")
    @APIResponse(responseCode = "200", description = "The review")
    @APIResponse(responseCode = "404", description = "No such account in the caller's entity, or no such review of it")
    public ReviewView get(@PathParam("id") UUID id, @PathParam("reviewId") UUID reviewId) {
        return reviews.get(caller.entity(), id, reviewId);
    }
}
