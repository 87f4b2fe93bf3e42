package io.rasmi.incident.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.IncidentType;

@Schema(name = "ReportIncidentRequest", description = "A breach of the caller's entity's official accounts (G6.j)")
public record ReportIncidentRequest(
        @NotNull @Schema(example = "ACCOUNT_COMPROMISE") IncidentType type,
        @Size(max = 50) @Schema(description = "The entity's own official accounts affected; may be empty",
                example = "[\"0f8d2c3a-6b1e-4c59-9e7a-1d2b3c4d5e6f\"]") List<@NotNull UUID> accountIds,
        @NotNull @Schema(description = "When the breach was noticed; not in the future",
                example = "2026-11-30T06:10:00Z") Instant detectedAt,
        @NotBlank @Size(max = 300) @Schema(example = "Unknown posts on the ministry's Facebook page") String summary,
        @Size(max = 10000) @Schema(example = "Two posts we did not write appeared at 06:05; the page admin's "
                + "password no longer works.") String description,
        @Schema(description = "Whether citizens' personal data is exposed; false when not given") Boolean personalDataExposed,
        @Size(max = 50) List<@NotNull @Valid EvidenceView> evidence,
        @Schema(description = "TLP 2.0 marking for sharing; AMBER when not given", example = "AMBER") Tlp tlp) {
}
