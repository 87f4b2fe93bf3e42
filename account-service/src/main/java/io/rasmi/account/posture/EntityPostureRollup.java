package io.rasmi.account.posture;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entity's accounts rolled up for the national view. */
@Schema(name = "EntityPostureRollup")
public record EntityPostureRollup(
        @Schema(example = "moh") String entityCode,
        @Schema(example = "وزارة الصحة") String nameAr,
        @Schema(example = "Ministry of Health") String nameEn,
        @Schema(description = "Accounts that are not archived", example = "6") int accounts,
        @Schema(description = "Accounts scoring 100", example = "2") int fullyCompliant,
        @Schema(example = "78") int averageScore,
        @Schema(description = "How many of the entity's accounts fail each clause", example = "{\"G6.k\": 4}")
        Map<String, Integer> failingClauseCounts) {
}
