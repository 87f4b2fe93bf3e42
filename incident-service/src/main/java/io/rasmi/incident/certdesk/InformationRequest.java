package io.rasmi.incident.certdesk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InformationRequest", description = "A question of the national CERT to the entity, answered in the "
        + "incident's timeline")
public record InformationRequest(
        @NotBlank @Size(max = 4000) @Schema(example = "Which devices had sessions on the page in the last 24 hours?")
        String question) {
}
