package io.rasmi.content.approval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An approver's decision on the content they reviewed. {@code contentHash} is the hash the item showed them: if the
 * content changed since, the decision is refused, so an approval is always for what the approver read.
 */
public record ApprovalRequest(
        @NotNull ApprovalDecision decision,
        @Schema(description = "The information was verified (G7.3.a); must be true to approve") boolean factChecked,
        @Schema(description = "The content keeps to neutral topics (G7.3.b); must be true to approve") boolean neutral,
        @Size(max = 2000) @Schema(nullable = true, description = "What to change, or a remark") String note,
        @NotBlank @Pattern(regexp = "^[0-9a-f]{64}$") @Schema(description = "contentHash of the item as reviewed",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String contentHash) {
}
