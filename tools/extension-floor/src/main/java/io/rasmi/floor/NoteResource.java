package io.rasmi.floor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** One secured, validated endpoint over the entity, with a Caffeine cache in front of its reads. */
@Path("/api/v1/notes")
@RolesAllowed("entity-admin")
public class NoteResource {

    public record NoteRequest(@NotBlank @Size(max = 200) String text) {
    }

    private final Cache<Long, String> texts = Caffeine.newBuilder().maximumSize(100).build();

    @POST
    @Transactional
    public Long add(@Valid NoteRequest request) {
        Note note = new Note();
        note.text = request.text();
        note.persist();
        return note.id;
    }

    @GET
    @Path("/{id}")
    public String text(@PathParam("id") long id) {
        return texts.get(id, key -> Note.<Note> findByIdOptional(key).map(note -> note.text).orElse(""));
    }
}
