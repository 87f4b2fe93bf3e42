package io.rasmi.account.lookalikes;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.Platform;

@Schema(name = "LookAlike", description = "An official account that the searched name resembles")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LookAlike(
        @Schema(description = "Only for the caller's own entity's accounts") UUID accountId,
        @Schema(example = "X") Platform platform,
        @Schema(example = "MOH_Iraq") String handle,
        @Schema(example = "moh") String entityCode,
        @Schema(example = "وزارة الصحة العراقية") String displayNameAr,
        @Schema(nullable = true, example = "Iraqi Ministry of Health") String displayNameEn,
        @Schema(description = "0 to 1; 1 is the same name", example = "0.98") double similarity,
        @Schema(description = "Where the names meet (SIMILAR_HANDLE, SIMILAR_DISPLAY_NAME, SIMILAR_ENTITY_NAME, "
                + "SAME_PLATFORM) and how (IDENTICAL, NORMALISED, CONFUSABLE_CHARACTERS, TRANSLITERATION, "
                + "GENERIC_WORDS_IGNORED, EDIT_DISTANCE)",
                example = "[\"SIMILAR_HANDLE\", \"CONFUSABLE_CHARACTERS\", \"SAME_PLATFORM\"]")
        List<String> reasons) {
}
