package io.rasmi.content.checks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/content-checks")
@Tag(name = "Content checks", description = "The pre-publication checks, for a draft that is not stored")
@Produces(MediaType.APPLICATION_JSON)
public class ContentCheckResource {

    static final String EXAMPLE = """
            {"title": "حملة التلقيح الوطنية",
             "body": "تبدأ حملة التلقيح يوم الأحد. للاستفسار: ٠٧٧٠١٢٣٤٥٦٧ أو http://moh.gov.iq/news/123",
             "language": "ar", "format": "IMAGE",
             "media": [{"kind": "IMAGE", "description": "فريق التلقيح مع الأطفال", "showsPeople": true,
                        "officialPhoto": false, "includesLogo": true, "ownedByEntity": true}]}
            """;

    @Inject
    ContentChecks checks;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PUBLISHER, Roles.APPROVER, Roles.ENTITY_ADMIN })
    @Operation(summary = "Check a draft before publishing", description = "Roles: publisher, approver, entity-admin. "
            + "Runs every pre-publication check on the draft in the body and answers the findings, each with its "
            + "clause, BLOCKER or WARNING, its field and, where it has one, its position in that field's text "
            + "(UTF-16 units): personal data (G6.i, G8.5), links (https, the entity's domains, gov.iq or allowed "
            + "hosts, answering; G7.3.e), a link back to the website (G3.4), logo, consent, official photos and "
            + "ownership of media (G7.3.d, G7.3.g.1, G7.3.g.2, G8.3, G8.4, G8.6), spelling and grammar (G7.3.c), "
            + "hate speech and insults (G4.3.j), and near-duplicates of what is scheduled or published (G7.4). "
            + "Nothing is stored: an editor may call it as the text is written. The entity's domains and website "
            + "come from the caller's entity.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContentCheckRequest.class),
            examples = @ExampleObject(name = "draft", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The findings; blocked is true when a BLOCKER is among them",
            content = @Content(schema = @Schema(implementation = CheckReport.class)))
    @APIResponse(responseCode = "400", description = "The body is not a valid draft (too long, unknown field or value)")
    public CheckReport check(@NotNull @Valid ContentCheckRequest request) {
        return CheckReport.of(checks.run(request.toDraft(checks.forEntity(caller.entity()))));
    }
}
