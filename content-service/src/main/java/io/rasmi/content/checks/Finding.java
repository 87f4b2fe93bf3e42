package io.rasmi.content.checks;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a check found: the check and its clause, how it weighs, where it is ({@code field} of the draft, and
 * {@code [start, end)} in that field's text in UTF-16 units when the finding has a place), what is there, a message in
 * Arabic and English, and suggestions where the check has some.
 */
@Schema(description = "A finding of a pre-publication check")
public record Finding(
        @Schema(description = "The check", example = "PERSONAL_DATA") ContentCheck checkId,
        @Schema(description = "The clause the check enforces", example = "G6.i") String clause,
        @Schema(description = "Every clause the check enforces", example = "[\"G6.i\", \"G8.5\"]") List<String> clauses,
        @Schema(description = "A BLOCKER stops submission") Severity severity,
        @Schema(description = "The draft's field: title, body, websiteLink, links[i], sources[i].url, "
                + "media[i], media[i].description", example = "body") String field,
        @Schema(description = "Start of the finding in the field's text (UTF-16 units, inclusive)", nullable = true,
                example = "31") Integer start,
        @Schema(description = "End of the finding in the field's text (exclusive)", nullable = true, example = "42")
        Integer end,
        @Schema(description = "The text as written there", nullable = true, example = "٠٧٧٠١٢٣٤٥٦٧") String excerpt,
        @Schema(description = "What is wrong, in Arabic", example = "رقم هاتف شخصي في النص") String messageAr,
        @Schema(description = "What is wrong, in English", example = "A personal phone number in the text")
        String messageEn,
        @Schema(description = "Replacements to consider (spelling), or what to do") List<String> suggestions,
        @Schema(description = "The stored content item this one nearly duplicates", nullable = true,
                implementation = String.class, format = "uuid")
        UUID matchingContentId) {

    /** A finding of {@code check} on {@code field}, with its message from the findings bundle. */
    static Builder of(ContentCheck check, String field, String messageKey, Object... arguments) {
        return new Builder(check, field, FindingMessages.format(messageKey, Locale.forLanguageTag("ar"), arguments),
                FindingMessages.format(messageKey, Locale.ENGLISH, arguments));
    }

    /** Findings have optional parts; the builder keeps the required ones in one place. */
    static final class Builder {
        private final ContentCheck check;
        private final String field;
        private final String messageAr;
        private final String messageEn;
        private Integer start;
        private Integer end;
        private String excerpt;
        private List<String> suggestions = List.of();
        private UUID matchingContentId;

        private Builder(ContentCheck check, String field, String messageAr, String messageEn) {
            this.check = check;
            this.field = field;
            this.messageAr = messageAr;
            this.messageEn = messageEn;
        }

        Builder at(String text, int from, int to) {
            this.start = from;
            this.end = to;
            this.excerpt = text.substring(from, to);
            return this;
        }

        Builder excerpt(String written) {
            this.excerpt = written;
            return this;
        }

        Builder suggestions(List<String> values) {
            this.suggestions = List.copyOf(values);
            return this;
        }

        Builder matching(UUID contentId) {
            this.matchingContentId = contentId;
            return this;
        }

        Finding build() {
            return new Finding(check, check.clause(), check.clauses(), check.severity(), field, start, end, excerpt,
                    messageAr, messageEn, suggestions, matchingContentId);
        }
    }
}
