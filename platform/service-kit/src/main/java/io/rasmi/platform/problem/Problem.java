package io.rasmi.platform.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, with Rasmi's two extension members {@code clause} and {@code violations}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(example = "urn:rasmi:problem:rule-violated") URI type,
        @Schema(example = "Guideline rule not met") String title,
        @Schema(example = "422") int status,
        @Schema(example = "The registration e-mail must be on one of the entity's official domains.") String detail,
        @Schema(example = "/api/v1/accounts") String instance,
        @Schema(description = "Guideline clause that is the reason, see CLAUSES.md", example = "G6.c") String clause,
        @Schema(description = "One entry per invalid field") List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "Violation")
    public record Violation(@Schema(example = "handle") String field, @Schema(example = "must not be blank") String message) {
    }
}
