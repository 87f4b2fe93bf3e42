package io.rasmi.platform.testapp;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.quarkus.security.Authenticated;
import io.rasmi.events.AccountRegistered;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.EventType;
import io.rasmi.events.Platform;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.idempotency.IdempotentRequests;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;

/** Exercises the kit end to end: creation with outbox, audit and idempotency; reads; If-Match updates; errors. */
@Path("/api/v1/test-notes")
@Produces(MediaType.APPLICATION_JSON)
public class TestNoteResource {

    public record NewNote(@NotBlank @Size(max = 20) String title, Boolean failAfterWrite) {
    }

    public record NoteView(UUID id, String entity, String title, long version) {
        static NoteView of(TestNote note) {
            return new NoteView(note.id, note.entity, note.title, note.version);
        }
    }

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("entity-admin")
    @Transactional
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = NoteView.class)))
    @APIResponse(responseCode = "422", description = "A rule of the guideline refused it")
    public Response create(@NotNull @Valid NewNote request, @HeaderParam(IdempotentRequests.HEADER) String key) {
        String entity = caller.entity();
        return idempotentRequests.execute(entity, key, "POST /api/v1/test-notes", request, () -> {
            TestNote note = new TestNote();
            note.id = UUID.randomUUID();
            note.entity = entity;
            note.title = request.title();
            note.persist();
            outbox.publish(EventType.ACCOUNT_REGISTERED, note.id, entity, new AccountRegistered(note.id, entity,
                    Platform.X, "note" + note.id.toString().substring(0, 8), null, "ملاحظة", null,
                    AccountStatus.PROPOSED, Instant.now()));
            auditTrail.record(entity, "note.created", "test-note", note.id, Map.of("title", note.title));
            if (Boolean.TRUE.equals(request.failAfterWrite())) {
                throw ProblemException.ruleViolated("G6.c", "test.rule");
            }
            return Response.created(URI.create("/api/v1/test-notes/" + note.id)).entity(NoteView.of(note)).build();
        });
    }

    @GET
    @Authenticated
    public Page<NoteView> list(@Valid @BeanParam PageRequest page) {
        return Page.of(TestNote.find("entity = ?1 order by title", caller.entity()), page, NoteView::of);
    }

    /** Text from the path and the query reaches PostgreSQL as it came: what a NUL character would break. */
    @GET
    @Path("/by-title/{title}")
    @Authenticated
    public Page<NoteView> byTitle(@PathParam("title") String title, @QueryParam("other") String other,
            @Valid @BeanParam PageRequest page) {
        return Page.of(TestNote.find("entity = ?1 and (title = ?2 or title = ?3) order by title", caller.entity(),
                title, other == null ? title : other), page, NoteView::of);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    public Response get(@PathParam("id") UUID id) {
        TestNote note = find(id);
        return Response.ok(NoteView.of(note)).tag(Versions.etagOf(note.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("entity-admin")
    @Transactional
    public Response rename(@PathParam("id") UUID id,
            @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid NewNote request) {
        TestNote note = find(id);
        Versions.requireMatch(ifMatch, note.version);
        note.title = request.title();
        TestNote.flush();
        return Response.ok(NoteView.of(note)).tag(Versions.etagOf(note.version)).build();
    }

    /** Inserts the same note twice, as two racing requests would: the database refuses the second. */
    @POST
    @Path("/race")
    @RolesAllowed("entity-admin")
    @Transactional
    public Response race() {
        UUID id = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            TestNote.getEntityManager().createNativeQuery(
                    "insert into test_note (id, entity, title, version) values (?1, ?2, 'raced', 0)")
                    .setParameter(1, id).setParameter(2, caller.entity()).executeUpdate();
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/boom")
    @Authenticated
    public String boom(@QueryParam("secret") String secret) {
        throw new IllegalStateException("internal detail that must not leak: " + secret);
    }

    private TestNote find(UUID id) {
        TestNote note = TestNote.find("id = ?1 and entity = ?2", id, caller.entity()).firstResult();
        if (note == null) {
            throw ProblemException.notFound("account.not-found");
        }
        return note;
    }
}
