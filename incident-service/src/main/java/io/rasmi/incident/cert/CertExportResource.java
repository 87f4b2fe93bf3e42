package io.rasmi.incident.cert;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.events.StixBundle;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Roles;

/** The national CERT's exports of one incident: the newest STIX bundle of the feed, and the same as a MISP event. */
@Path("/api/v1/cert/incidents/{id}")
@Tag(name = "CERT feed", description = "What the national CERT is told about incidents: STIX 2.1 and MISP")
public class CertExportResource {

    @Inject
    CertFeed feed;

    @GET
    @Path("stix")
    @Produces({ StixBundle.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.CERT_ANALYST)
    @Operation(summary = "The incident as a STIX 2.1 bundle", description = "Roles: cert-analyst. The newest bundle "
            + "the CERT feed (topic rasmi.cert.incidents.v1) carried about the incident, byte for byte, of any entity.")
    @APIResponse(responseCode = "200", description = "The bundle", content = {
            @Content(mediaType = StixBundle.MEDIA_TYPE, schema = @Schema(implementation = StixBundleView.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StixBundleView.class)) })
    @APIResponse(responseCode = "404", description = "No incident with this id was ever sent to the CERT")
    @APIResponse(responseCode = "406", description = "The Accept header names no media type this answer comes in")
    public String stix(@PathParam("id") UUID id) {
        return entry(id).bundle;
    }

    @GET
    @Path("misp")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CERT_ANALYST)
    @Operation(summary = "The incident as a MISP event", description = "Roles: cert-analyst. The incident as the "
            + "newest bundle of the feed describes it, in the MISP core format, for CERTs that run MISP: threat "
            + "level from the severity, analysis from the state, distribution and a tlp tag from the TLP, and a "
            + "user-account object per affected account.")
    @APIResponse(responseCode = "200", description = "The MISP event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MispEventView.class)))
    @APIResponse(responseCode = "404", description = "No incident with this id was ever sent to the CERT")
    @APIResponse(responseCode = "406", description = "The Accept header names no media type this answer comes in")
    public String misp(@PathParam("id") UUID id) {
        return entry(id).mispEvent;
    }

    private CertFeedEntry entry(UUID id) {
        return feed.latest(id).orElseThrow(() -> ProblemException.notFound("cert.incident.not-found"));
    }
}
