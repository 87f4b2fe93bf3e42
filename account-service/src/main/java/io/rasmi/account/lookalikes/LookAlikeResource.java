package io.rasmi.account.lookalikes;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.rasmi.events.AccountStatus;
import io.rasmi.events.Platform;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@Path("/api/v1/look-alikes")
@Tag(name = "Impersonation", description = "Accounts that impersonate an entity (G6.l, G4.3.i)")
@Produces(MediaType.APPLICATION_JSON)
public class LookAlikeResource {

    @Inject
    LookAlikes lookAlikes;

    @Inject
    LookAlikeConfig config;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Roles.ENTITY_ADMIN, Roles.PUBLISHER, Roles.APPROVER, Roles.MODERATOR, Roles.IT_SECURITY,
            Roles.MANAGEMENT })
    @Operation(summary = "Official accounts a name resembles", description = "Roles: any Rasmi role of an entity. "
            + "Ranks the public (ACTIVE or COMPROMISED) official accounts of every entity (impersonators copy any "
            + "ministry), and the caller's own entity's accounts in every status, by how much the handle and the display name resemble theirs: Arabic normalisation (alef forms, "
            + "taa marbuta, alef maqsura, tashkeel, tatweel), Arabic-Latin transliteration, confusable characters "
            + "(l/1/I, 0/O, rn/m, _/.), edit distance. Best first, at most 20, above the similarity threshold. "
            + "accountId is given for the caller's own entity's accounts only.")
    @APIResponse(responseCode = "200", description = "The resembled official accounts, best first (maybe none)")
    @APIResponse(responseCode = "400", description = "Neither a handle nor a display name, or an unknown platform")
    public List<LookAlike> search(
            @Parameter(description = "Platform of the suspect account; its accounts come first among equals",
                    example = "X") @QueryParam("platform") String platform,
            @Parameter(description = "Handle of the suspect account", example = "M0H_lraq")
            @QueryParam("handle") @Size(max = 200) String handle,
            @Parameter(description = "Display name of the suspect account", example = "وزاره الصحه")
            @QueryParam("displayName") @Size(max = 200) String displayName) {
        String entity = caller.entity();
        if (isBlank(handle) && isBlank(displayName)) {
            throw ProblemException.invalidField("handle", "look-alikes.name-required");
        }
        LookAlikes.Query query = new LookAlikes.Query(platform(platform), handle, displayName);
        return lookAlikes.rank(query, entity, config.maxResults())
                .stream()
                .map(match -> new LookAlike(entity.equals(match.entityCode()) ? match.accountId() : null,
                        match.platform(), match.handle(), match.entityCode(), match.displayNameAr(),
                        match.displayNameEn(), match.similarity(), match.reasons()))
                .toList();
    }

    /** The platform named in a query, or none; an unknown one is bad input, not an empty answer. */
    public static Platform platform(String name) {
        if (isBlank(name)) {
            return null;
        }
        try {
            return Platform.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalidField("platform", "look-alikes.unknown-platform", name.strip());
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
