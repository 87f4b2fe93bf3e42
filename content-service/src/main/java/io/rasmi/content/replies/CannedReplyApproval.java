package io.rasmi.content.replies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An approver approves the exact reply they read: {@code contentHash} is the hash it showed them. */
public record CannedReplyApproval(
        @NotBlank @Pattern(regexp = "^[0-9a-f]{64}$") @Schema(description = "contentHash of the reply as reviewed",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String contentHash) {
}
