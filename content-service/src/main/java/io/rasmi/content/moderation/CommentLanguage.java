package io.rasmi.content.moderation;

import java.util.Locale;
import java.util.Set;

import io.rasmi.text.TextNormalizer;

/**
 * The language of a short comment, told simply from its script and words: {@code ar}, {@code ku} (Sorani, in Arabic
 * script, which has letters Arabic does not: ە ۆ ێ ڵ ڕ), {@code en}, or {@code null} when the text does not say
 * clearly (too few letters, mixed scripts, Latin without common English words).
 */
final class CommentLanguage {

    /** Letters of Kurdish (Sorani) that Arabic, Persian and Iraqi writing do not use. */
    private static final String KURDISH_LETTERS = "\u06D5\u06C6\u06CE\u06B5\u0695";
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "a", "an", "and", "or", "is", "are", "was", "to",
            "of", "in", "on", "for", "you", "your", "i", "my", "we", "it", "this", "that", "please", "thanks",
            "thank", "when", "where", "what", "why", "how", "not", "no", "yes", "with", "be", "have", "do", "can");
    private static final double MOSTLY = 0.8;

    private CommentLanguage() {
    }

    static String of(String text) {
        int arabic = 0;
        int latin = 0;
        int kurdish = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
                if (KURDISH_LETTERS.indexOf(cp) >= 0) {
                    kurdish++;
                }
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        int letters = arabic + latin;
        if (letters < 2) {
            return null;
        }
        if (arabic >= MOSTLY * letters) {
            return kurdish > 0 ? "ku" : "ar";
        }
        if (latin >= MOSTLY * letters) {
            long english = TextNormalizer.tokens(text.toLowerCase(Locale.ROOT)).stream()
                    .filter(ENGLISH_WORDS::contains).count();
            return english > 0 ? "en" : null;
        }
        return null;
    }
}
