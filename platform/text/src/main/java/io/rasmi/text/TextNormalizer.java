package io.rasmi.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Folds the spelling variants of Arabic (and of Latin) text, so that two ways of writing the same name compare
 * equal. In order:
 * <ol>
 *   <li>Unicode NFKC: Arabic presentation forms (ﻻ, ﺍ, ...) and full-width Latin become plain letters;</li>
 *   <li>invisible format characters (bidi marks, zero-width joiners, the byte-order mark) are dropped, since a
 *       look-alike name may hide them;</li>
 *   <li>Lucene's {@link ArabicNormalizer}: أ إ آ to ا, ى (alef maqsura) to ي, ة (taa marbuta) to ه, and the
 *       tashkeel (harakat, tanween, shadda, sukun) and tatweel removed;</li>
 *   <li>what Lucene leaves: ٱ (wasla) to ا, ؤ to و, ئ to ي, a lone ء dropped, and the Persian and Kurdish letters
 *       used in Iraq (ک ی ے ە ھ ۀ) to their Arabic twins;</li>
 *   <li>digits of every script (٠-٩, ۰-۹, ...) to ASCII 0-9;</li>
 *   <li>lower case, then every remaining combining mark removed (so é is e, and a Quranic mark is gone);</li>
 *   <li>runs of white space to one space, trimmed.</li>
 * </ol>
 * Punctuation is kept; {@link #tokens(String)} splits on it. Thread-safe.
 */
public final class TextNormalizer {

    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

    private TextNormalizer() {
    }

    /** {@code text} with its spelling variants folded as described above; {@code ""} for null. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char[] chars = Normalizer.normalize(text, Normalizer.Form.NFKC).toCharArray();
        int length = ARABIC.normalize(chars, chars.length);

        StringBuilder folded = new StringBuilder(length);
        boolean pendingSpace = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = folded.length() > 0;
                continue;
            }
            char replacement = foldLetterOrDigit(c);
            if (replacement == 0) {
                continue;
            }
            if (pendingSpace) {
                folded.append(' ');
                pendingSpace = false;
            }
            folded.append(replacement);
        }
        String lower = folded.toString().toLowerCase(Locale.ROOT);
        return withoutMarks(lower);
    }

    /**
     * The words of {@code text} after {@link #normalize(String)}: runs of letters and digits, split on anything
     * else (spaces, {@code _ . - @ / ،}, ...).
     */
    public static List<String> tokens(String text) {
        String normalized = normalize(text);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normalized.length(); i++) {
            boolean wordChar = i < normalized.length() && Character.isLetterOrDigit(normalized.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                tokens.add(normalized.substring(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    /** Whether {@code text} has a letter of the Arabic script. */
    public static boolean hasArabic(String text) {
        return text != null && text.codePoints().anyMatch(
                cp -> Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    /** Whether {@code text} has a letter of the Latin script. */
    public static boolean hasLatin(String text) {
        return text != null && text.codePoints().anyMatch(
                cp -> Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    /** The folded form of one character, or 0 to drop it. */
    static char foldLetterOrDigit(char c) {
        if (Character.isDigit(c)) {
            return (char) ('0' + Character.digit(c, 10));
        }
        return switch (c) {
            case '\u0671' -> '\u0627';                       // ٱ alef wasla -> ا
            case '\u0624' -> '\u0648';                       // ؤ -> و
            case '\u0626' -> '\u064A';                       // ئ -> ي
            case '\u0621' -> 0;                              // ء lone hamza
            case '\u06A9' -> '\u0643';                       // ک keheh -> ك
            case '\u06CC', '\u06D2' -> '\u064A';             // ی farsi yeh, ے yeh barree -> ي
            case '\u06D5', '\u06BE', '\u06C0', '\u06C1' -> '\u0647'; // ە ھ ۀ ہ -> ه
            default -> c;
        };
    }

    private static String withoutMarks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
