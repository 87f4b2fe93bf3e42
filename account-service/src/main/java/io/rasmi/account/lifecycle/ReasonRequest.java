package io.rasmi.account.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReasonRequest", description = "Why the account is suspended or archived")
public record ReasonRequest(
        @NotBlank @Size(max = 1000) @Schema(example = "Campaign ended; the ministry's main page carries on") String reason) {
}
