package io.rasmi.content.corrections;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.CorrectionErrorType;

/** An error found in a post on one of the entity's official accounts (G7.5). */
public record CorrectionRequest(
        @NotNull @Schema(description = "The official account the post is on") UUID accountId,
        @Schema(nullable = true, description = "The content item published there; give it or platformPostUrl")
        UUID contentId,
        @Size(max = 2048) @Schema(nullable = true, description = "The post, on that account's own page (https); "
                + "give it or contentId, or both (then it must be the item's recorded post)",
                example = "https://x.com/MOH_Iraq/status/1790000000000000001") String platformPostUrl,
        @NotNull @Schema(description = "What is wrong with the post") CorrectionErrorType errorType,
        @Schema(nullable = true, description = "Whether the error is in the post's media (image, video) rather "
                + "than its text; false when absent") Boolean inMedia,
        @NotNull @Schema(description = "When the error was noticed; not in the future") Instant detectedAt,
        @NotBlank @Size(max = 4000) @Schema(description = "What is wrong, for the people who correct it",
                example = "The vaccination date says Monday; it is Sunday") String description) {
}
