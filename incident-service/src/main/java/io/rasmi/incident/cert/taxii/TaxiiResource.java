package io.rasmi.incident.cert.taxii;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;

import io.rasmi.events.StixBundle;
import io.rasmi.incident.cert.CertFeedObject;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Roles;

/**
 * A read-only TAXII 2.1 server (OASIS TAXII 2.1, sections 4 and 5) for the national CERT, so that OpenCTI, MISP or
 * any TAXII client pulls the feed without Kafka: discovery, one API root, one collection, its objects. Same tokens
 * as the API. Answers come in {@value #TAXII}; a client that accepts nothing of the kind gets 406.
 */
@Path(TaxiiResource.ROOT)
@Produces(TaxiiResource.TAXII)
@Tag(name = "TAXII 2.1", description = "The CERT feed for TAXII clients (OASIS TAXII 2.1), read-only")
public class TaxiiResource {

    public static final String TAXII = "application/taxii+json;version=2.1";
    static final String ROOT = "/taxii2";
    static final String API_ROOT = "rasmi";
    static final int MAX_LIMIT = 1000;
    static final String DATE_ADDED_FIRST = "X-TAXII-Date-Added-First";
    static final String DATE_ADDED_LAST = "X-TAXII-Date-Added-Last";
    private static final DateTimeFormatter TAXII_TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper READER = new ObjectMapper();

    @Inject
    TaxiiCollection collection;

    /** For the discovery's absolute URLs (behind a proxy, with quarkus.http.proxy forwarding on). */
    @Context
    UriInfo uriInfo;

    @GET
    @Path("/")
    @RolesAllowed(Roles.CERT_ANALYST)
    @Operation(summary = "TAXII discovery", description = "Roles: cert-analyst. The server and its one API root "
            + "(absolute URLs).")
    @APIResponse(responseCode = "200", description = "The discovery resource",
            content = @Content(mediaType = TAXII, schema = @Schema(implementation = TaxiiViews.Discovery.class)))
    @APIResponse(responseCode = "406", description = "The Accept header does not accept " + TAXII)
    public TaxiiViews.Discovery discovery() {
        String apiRoot = uriInfo.getBaseUriBuilder().path(ROOT).path(API_ROOT).build() + "/";
        return new TaxiiViews.Discovery("Rasmi CERT feed", "Incidents touching the official social media accounts of "
                + "Iraqi government entities, as STIX 2.1", apiRoot, List.of(apiRoot));
    }

    @GET
    @Path("/" + API_ROOT + "/")
    @RolesAllowed(Roles.CERT_ANALYST)
    @Operation(summary = "TAXII API root", description = "Roles: cert-analyst. The API root of the CERT feed.")
    @APIResponse(responseCode = "200", description = "The API root",
            content = @Content(mediaType = TAXII, schema = @Schema(implementation = TaxiiViews.ApiRoot.class)))
    @APIResponse(responseCode = "406", description = "The Accept header does not accept " + TAXII)
    public TaxiiViews.ApiRoot apiRoot() {
        return new TaxiiViews.ApiRoot("Rasmi incidents", "The national CERT's view of incidents of every entity",
                List.of(TAXII), 10 * 1024 * 1024);
    }

    @GET
    @Path("/" + API_ROOT + "/collections/")
    @RolesAllowed(Roles.CERT_ANALYST)
    @Operation(summary = "TAXII collections", description = "Roles: cert-analyst. The one collection, rasmi-incidents.")
    @APIResponse(responseCode = "200", description = "The collections",
            content = @Content(mediaType = TAXII, schema = @Schema(implementation = TaxiiViews.Collections.class)))
    @APIResponse(responseCode = "406", description = "The Accept header does not accept " + TAXII)
    public TaxiiViews.Collections collections() {
        return new TaxiiViews.Collections(List.of(incidents()));
    }

    @GET
    @Path("/" + API_ROOT + "/collections/{id}/")
    @RolesAllowed(Roles.CERT_ANALYST)
    @Operation(summary = "A TAXII collection", description = "Roles: cert-analyst. The collection rasmi-incidents.")
    @APIResponse(responseCode = "200", description = "The collection",
            content = @Content(mediaType = TAXII, schema = @Schema(implementation = TaxiiViews.Collection.class)))
    @APIResponse(responseCode = "404", description = "No collection with this id")
    @APIResponse(responseCode = "406", description = "The Accept header does not accept " + TAXII)
    public TaxiiViews.Collection collection(@PathParam("id") String id) {
        requireCollection(id);
        return incidents();
    }

    @GET
    @Path("/" + API_ROOT + "/collections/{id}/objects/")
    @RolesAllowed(Roles.CERT_ANALYST)
    @Operation(summary = "The objects of a TAXII collection", description = "Roles: cert-analyst. The STIX objects "
            + "of the CERT feed in the order they were added, a page at a time: follow `next` while `more` is true. "
            + "By default only each object's newest version (match[version]=last); match[version]=all gives every "
            + "version. X-TAXII-Date-Added-First and -Last give the page's first and last date added.")
    @APIResponse(responseCode = "200", description = "A page of objects (an envelope)",
            headers = {
                    @Header(name = DATE_ADDED_FIRST, description = "When the page's first object was added",
                            schema = @Schema(implementation = String.class)),
                    @Header(name = DATE_ADDED_LAST, description = "When the page's last object was added",
                            schema = @Schema(implementation = String.class)) },
            content = @Content(mediaType = TAXII, schema = @Schema(implementation = TaxiiViews.Envelope.class)))
    @APIResponse(responseCode = "404", description = "No collection with this id")
    @APIResponse(responseCode = "406", description = "The Accept header does not accept " + TAXII)
    public Response objects(@PathParam("id") String id,
            @Parameter(description = "Only objects added after this time (a TAXII timestamp, UTC)",
                    example = "2026-02-03T08:20:00.000Z") @QueryParam("added_after") String addedAfter,
            @Parameter(description = "At most this many objects (1 to 1000)") @QueryParam("limit")
            @DefaultValue("100") int limit,
            @Parameter(description = "The next value of the previous page") @QueryParam("next") String next,
            @Parameter(description = "Only objects with these ids (comma-separated)") @QueryParam("match[id]")
            String matchId,
            @Parameter(description = "Only objects of these STIX types (comma-separated)", example = "incident")
            @QueryParam("match[type]") String matchType,
            @Parameter(description = "last (default): each object's newest version; all: every version",
                    schema = @Schema(enumeration = { "last", "all" })) @QueryParam("match[version]")
            String matchVersion) {
        requireCollection(id);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "taxii.bad-limit", MAX_LIMIT);
        }
        if (matchVersion != null && !matchVersion.equals("last") && !matchVersion.equals("all")) {
            throw ProblemException.invalidField("match[version]", "taxii.bad-version");
        }
        TaxiiCollection.Page page = collection.objects(new TaxiiCollection.Query(timestamp(addedAfter),
                position(next), limit, list(matchId), list(matchType), !"all".equals(matchVersion)));

        ObjectNode envelope = JSON.objectNode();
        envelope.put("more", page.more());
        if (page.more()) {
            envelope.put("next", Long.toString(page.objects().get(page.objects().size() - 1).seq));
        }
        ArrayNode objects = envelope.putArray("objects");
        for (CertFeedObject object : page.objects()) {
            objects.add(parse(object.object));
        }
        Response.ResponseBuilder response = Response.ok(envelope.toString(), TAXII);
        if (!page.objects().isEmpty()) {
            response.header(DATE_ADDED_FIRST, TAXII_TIME.format(page.objects().get(0).addedAt));
            response.header(DATE_ADDED_LAST, TAXII_TIME.format(page.objects().get(page.objects().size() - 1).addedAt));
        }
        return response.build();
    }

    private static TaxiiViews.Collection incidents() {
        return new TaxiiViews.Collection(TaxiiCollection.ID, TaxiiCollection.TITLE, "Every incident reported in "
                + "Rasmi, one STIX 2.1 object version per change", true, false, List.of(StixBundle.MEDIA_TYPE));
    }

    private static void requireCollection(String id) {
        if (!TaxiiCollection.ID.equals(id)) {
            throw ProblemException.notFound("taxii.collection.not-found");
        }
    }

    private static Instant timestamp(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("added_after", "taxii.bad-timestamp");
        }
    }

    private static Long position(String next) {
        if (next == null) {
            return null;
        }
        try {
            long position = Long.parseLong(next);
            if (position < 0) {
                throw new NumberFormatException(next);
            }
            return position;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("next", "taxii.bad-next");
        }
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return List.of(commaSeparated.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored STIX object is not JSON", e);
        }
    }
}
