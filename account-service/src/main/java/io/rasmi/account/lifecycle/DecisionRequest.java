package io.rasmi.account.lifecycle;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionRequest", description = "The official decision that creates the account (G5.1)")
public record DecisionRequest(
        @NotBlank @Size(max = 100) @Schema(example = "2024/م/1187") String decisionNumber,
        @NotNull @Schema(description = "The decision's date; not after today (Baghdad time)", example = "2024-09-15")
        LocalDate decisionDate,
        @NotBlank @Size(max = 200) @Schema(example = "Minister of Health") String signatory) {
}
