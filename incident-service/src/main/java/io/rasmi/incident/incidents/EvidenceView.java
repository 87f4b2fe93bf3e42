package io.rasmi.incident.incidents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Evidence in and out of the API: an https link, the SHA-256 of what it holds, and a note. */
// Nullable as a type: a timeline entry may carry none, and a nullable reference is not read as such by every validator.
@Schema(name = "Evidence", nullable = true, description = "Where the evidence is kept and the SHA-256 of its bytes")
public record EvidenceView(
        @NotBlank @Size(max = 1000) @Pattern(regexp = HTTPS_URL, message = "must be an https URL")
        @Schema(example = "https://evidence.moh.gov.iq/incidents/2026-11-30/screenshot.png") String url,
        @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be 64 hexadecimal digits")
        @Schema(description = "SHA-256 of the evidence's bytes, 64 hex digits",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Size(max = 2000) @Schema(nullable = true, example = "Screenshot of the post the intruder published")
        String note) {

    /** An https address without characters that a link cannot carry unescaped. */
    public static final String HTTPS_URL = "https://[^\\s/?#<>\"{}|\\\\^`]+(/[^\\s<>\"{}|\\\\^`]*)?";

    public static EvidenceView of(Evidence evidence) {
        return new EvidenceView(evidence.url, evidence.sha256, evidence.note);
    }

    public Evidence toEvidence() {
        return new Evidence(url.strip(), sha256.toLowerCase(java.util.Locale.ROOT),
                note == null || note.isBlank() ? null : note.strip());
    }
}
