package io.rasmi.content.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an item is withdrawn. */
public record WithdrawalRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "The event was postponed") String reason) {
}
