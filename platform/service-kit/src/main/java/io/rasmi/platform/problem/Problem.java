package io.rasmi.platform.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body, with Rasmi's extension members {@code clause}, {@code clauses} and
 * {@code violations}. {@code clauses} appears when a refusal names every rule that stands in the way (an activation
 * with several unmet clauses, say); {@code clause} is then the first, the main one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(example = "urn:rasmi:problem:rule-violated") URI type,
        @Schema(example = "Guideline rule not met") String title,
        @Schema(example = "422") int status,
        @Schema(example = "The registration e-mail must be on one of the entity's official domains.") String detail,
        @Schema(example = "/api/v1/accounts") String instance,
        @Schema(description = "Guideline clause that is the reason, see CLAUSES.md", example = "G6.c") String clause,
        @Schema(description = "One entry per invalid field") List<Violation> violations,
        @Schema(description = "Every guideline clause that stands in the way, where the refusal lists them; "
                + "clause is the first", example = "[\"G6.a\", \"G6.b\"]") List<String> clauses) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(URI type, String title, int status, String detail, String instance, String clause,
            List<Violation> violations) {
        this(type, title, status, detail, instance, clause, violations, null);
    }

    @Schema(name = "Violation")
    public record Violation(@Schema(example = "handle") String field, @Schema(example = "must not be blank") String message) {
    }
}
