package io.rasmi.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

import io.quarkus.security.Authenticated;
import io.rasmi.platform.security.Roles;

/** The roles written into the document are the ones {@code @RolesAllowed} names, method first, then class. */
class DeclaredRolesFilterTest {

    // Quarkus serves this class in the kit's test application too, so its document must stay valid.
    @Path("/api/v1/things")
    @RolesAllowed(Roles.ENTITY_ADMIN)
    public static class ThingResource {

        @GET
        public void list() {
        }

        @GET
        @Path("/{id: [0-9a-f-]+}/")
        @RolesAllowed({ Roles.IT_SECURITY, Roles.MANAGEMENT })
        public void get(@PathParam("id") String id) {
        }

        @POST
        @Authenticated
        public void create() {
        }

        @DELETE
        @Path("{id}")
        @PermitAll
        public void delete(@PathParam("id") String id) {
        }
    }

    private static OpenAPI filtered(OpenAPI document) throws IOException {
        new DeclaredRolesFilter(Index.of(ThingResource.class)).filterOpenAPI(document);
        return document;
    }

    private static Operation operation(String description) {
        return OASFactory.createOperation().description(description);
    }

    @Test
    void shouldWriteTheDeclaredRolesAndReplaceTheWrittenOnes() throws IOException {
        Operation list = operation("Roles: any Rasmi role of the entity. Newest first.");
        Operation get = operation("Roles: it-security, management (it holds phone numbers). Another entity's: 404.");
        Operation create = operation("Roles: any Rasmi role of the entity.");
        Operation delete = operation(null);
        filtered(OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/things", OASFactory.createPathItem().GET(list).POST(create))
                .addPathItem("/api/v1/things/{id}", OASFactory.createPathItem().GET(get).DELETE(delete))));

        assertThat(list.getExtensions()).containsEntry(DeclaredRolesFilter.EXTENSION, List.of("entity-admin"));
        assertThat(list.getDescription()).isEqualTo("Roles: entity-admin. Newest first.");
        assertThat(get.getExtensions()).containsEntry(DeclaredRolesFilter.EXTENSION, List.of("it-security", "management"));
        assertThat(get.getDescription())
                .isEqualTo("Roles: it-security, management (it holds phone numbers). Another entity's: 404.");
        // Only @Authenticated or @PermitAll: no roles to document, and the role matrix fails for them.
        assertThat(create.getExtensions()).isNull();
        assertThat(create.getDescription()).isEqualTo("Roles: any Rasmi role of the entity.");
        assertThat(delete.getExtensions()).isNull();
    }

    @Test
    void shouldSpellPathsAsTheDocumentDoes() {
        assertThat(DeclaredRolesFilter.normalise("/api/v1/things/" + "/{id: [0-9a-f-]+}/")).isEqualTo("/api/v1/things/{id}");
        assertThat(DeclaredRolesFilter.normalise("api/v1/things" + "/" + "{id}")).isEqualTo("/api/v1/things/{id}");
    }
}
