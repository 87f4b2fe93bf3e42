package io.rasmi.account.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The plan for regular posting that goes with an account's objectives (G5.4). */
@Schema(name = "PostingPlan", nullable = true, description = "How often the account posts, and on what (G5.4)")
public record PostingPlan(
        @NotNull @Min(1) @Max(500) @Schema(example = "5") Integer postsPerWeek,
        @Size(max = 1000) @Schema(nullable = true, example = "Health advice on weekdays, campaign news on Thursdays") String platformsNote) {
}
