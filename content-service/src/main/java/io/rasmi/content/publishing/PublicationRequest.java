package io.rasmi.content.publishing;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where and when an approved item was published: the post on one of its target accounts. */
public record PublicationRequest(
        @NotNull @Schema(description = "One of the item's target accounts") UUID accountId,
        @NotBlank @Size(max = 2048) @Schema(description = "The post, on that account's own page (https)",
                example = "https://www.facebook.com/moh.iraq/posts/1234567890") String platformPostUrl,
        @NotNull @Schema(description = "When it went out; not in the future") Instant publishedAt) {
}
