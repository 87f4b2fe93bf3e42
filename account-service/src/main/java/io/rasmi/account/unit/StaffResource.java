package io.rasmi.account.unit;

import java.net.URI;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.platform.http.Versions;
import io.rasmi.platform.idempotency.IdempotentRequests;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/staff")
@Tag(name = "Social media unit", description = "The entity's social media unit and its members' training (G4.3.k, G7.6)")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    StaffService staff;

    @Inject
    TrainingService trainings;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Transactional
    @Operation(summary = "Add a member to the social media unit", description = "Roles: entity-admin. The member "
            + "belongs to the caller's entity; the official e-mail must be on one of its domains (G6.c).")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "409", description = "Someone in the unit already has this e-mail")
    @APIResponse(responseCode = "422", description = "The e-mail is not on the entity's domains (clause G6.c)")
    public Response add(@NotNull @Valid AddStaffRequest request,
            @Parameter(description = "Makes a retried request safe: the same key and body replay the first answer")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String entity = caller.entity();
        return idempotentRequests.execute(entity, idempotencyKey, "POST /api/v1/staff", request, () -> {
            StaffView added = staff.add(entity, request);
            return Versions.created("/api/v1/staff/" + added.id(), added, added.version());
        });
    }

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY, Roles.MANAGEMENT })
    @Operation(summary = "The members of the unit", description = "Roles: any Rasmi role of the entity.")
    @APIResponse(responseCode = "200", description = "A page of members, oldest first")
    public Page<StaffView> list(@Valid @BeanParam PageRequest page,
            @Parameter(description = "true: only current members; false: only those who left; absent: everyone")
            @QueryParam("active") Boolean active) {
        return staff.list(caller.entity(), active, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY, Roles.MANAGEMENT })
    @Operation(summary = "A member of the unit", description = "Roles: any Rasmi role of the entity. Another "
            + "entity's member answers 404.")
    @APIResponse(responseCode = "200", description = "The member, with its version as ETag",
            content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "404", description = "No such member in the caller's entity")
    public Response get(@PathParam("id") UUID id) {
        StaffView member = staff.get(caller.entity(), id);
        return Versions.ok(member, member.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, MERGE_PATCH })
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Operation(summary = "Change a member of the unit", description = "Roles: entity-admin. Send the version read "
            + "in If-Match. Absent fields stay as they are; active=false marks someone who left the unit, which "
            + "needs them to hold no role on any account first (G4.3.e).")
    @APIResponse(responseCode = "200", description = "Changed, with the new version as ETag",
            content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "404", description = "No such member in the caller's entity")
    @APIResponse(responseCode = "409", description = "The e-mail is taken, or the member still holds roles (G4.3.e)")
    @APIResponse(responseCode = "412", description = "The member changed since it was read")
    @APIResponse(responseCode = "422", description = "The e-mail is not on the entity's domains (clause G6.c)")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") UUID id,
            @Parameter(required = true, description = "The ETag of the version being changed", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid UpdateStaffRequest request) {
        StaffView member = staff.update(caller.entity(), id, ifMatch, request);
        return Versions.ok(member, member.version());
    }

    @POST
    @Path("/{id}/trainings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENTITY_ADMIN)
    @Operation(summary = "Record a training the member completed", description = "Roles: entity-admin. The topics "
            + "HATE_SPEECH, BIAS, PERSONAL_DATA and EXTERNAL_LINKS together are the training G7.6 asks of those who "
            + "reply to the public.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = TrainingView.class)))
    @APIResponse(responseCode = "404", description = "No such member in the caller's entity")
    @APIResponse(responseCode = "409", description = "This course is already recorded for the member")
    public Response recordTraining(@PathParam("id") UUID id, @NotNull @Valid RecordTrainingRequest request) {
        TrainingView training = trainings.record(caller.entity(), id, request);
        return Response.created(URI.create("/api/v1/staff/" + id + "/trainings")).entity(training).build();
    }

    @GET
    @Path("/{id}/trainings")
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.IT_SECURITY, Roles.MANAGEMENT })
    @Operation(summary = "The trainings a member completed", description = "Roles: any Rasmi role of the entity.")
    @APIResponse(responseCode = "200", description = "A page of trainings, latest first")
    @APIResponse(responseCode = "404", description = "No such member in the caller's entity")
    public Page<TrainingView> trainings(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return trainings.list(caller.entity(), id, page);
    }
}
