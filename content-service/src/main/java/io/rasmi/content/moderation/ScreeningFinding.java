package io.rasmi.content.moderation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What screening found in a comment or a reply: its kind and clauses, where it is ({@code [start, end)} in UTF-16
 * units), what is written there, and what it means in Arabic and English.
 */
@Schema(description = "A finding of comment screening")
public record ScreeningFinding(
        @Schema(example = "PERSONAL_DATA") ScreeningKind kind,
        @Schema(description = "The main clause", example = "G6.i") String clause,
        @Schema(description = "Every clause the finding touches", example = "[\"G6.i\", \"G8.5\"]") List<String> clauses,
        @Schema(description = "Start in the text (inclusive)", example = "12") int start,
        @Schema(description = "End in the text (exclusive)", example = "23") int end,
        @Schema(description = "The text as written there", example = "٠٧٧٠١٢٣٤٥٦٧") String excerpt,
        @Schema(example = "رقم هاتف شخصي") String messageAr,
        @Schema(example = "A personal phone number") String messageEn) {
}
