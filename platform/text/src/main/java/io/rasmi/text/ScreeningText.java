package io.rasmi.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * A text folded for screening (lexicon matching), with the way back from every folded character to the characters
 * of the original text it came from, so that a finding can point at what the author wrote. The folding is that of
 * {@link TextNormalizer} (NFKC, invisible characters, Lucene's {@link ArabicNormalizer}: hamza forms of alef, alef
 * maqsura, taa marbuta, tashkeel, tatweel; Persian and Kurdish letters; digits; case; accents), plus what someone
 * who wants to slip a word past a filter does:
 * <ul>
 *   <li>the Persian letters Iraqi writing uses for sounds Arabic lacks: گ to ك, چ to ج, پ to ب, ڤ to ف;</li>
 *   <li>look-alike Latin, Cyrillic and Greek characters to the letter they copy ({@link Confusables}: {@code 1d10t}
 *       is {@code ldlot}, as is {@code idiot});</li>
 *   <li>a letter written several times in a row counts once ({@code حماااار}, {@code stuuupid}).</li>
 * </ul>
 * Each original code point is folded on its own, which is what keeps the map exact. Immutable, thread-safe.
 */
public final class ScreeningText {

    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

    private final String original;
    private final String folded;
    /** For each folded character, the first and the end (exclusive) of the original characters it came from. */
    private final int[] from;
    private final int[] to;

    private ScreeningText(String original, String folded, int[] from, int[] to) {
        this.original = original;
        this.folded = folded;
        this.from = from;
        this.to = to;
    }

    /** {@code text} folded for screening; {@code null} is the empty text. */
    public static ScreeningText of(String text) {
        String original = text == null ? "" : text;
        StringBuilder folded = new StringBuilder(original.length());
        int[] from = new int[original.length() * 2 + 4];
        int[] to = new int[original.length() * 2 + 4];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            char[] chars = foldCodePoint(cp);
            int tail = folded.length() - 1;
            if (chars.length == 0 && tail >= 0 && folded.charAt(tail) != ' ') {
                to[tail] = next; // a mark or tatweel belongs to the letter before it
            }
            for (char c : chars) {
                int last = folded.length() - 1;
                if (c == ' ' && (last < 0 || folded.charAt(last) == ' ')) {
                    continue;
                }
                if (last >= 0 && folded.charAt(last) == c && Character.isLetter(c)) {
                    to[last] = next; // a repeated letter widens the one already there
                    continue;
                }
                if (folded.length() == from.length) {
                    from = java.util.Arrays.copyOf(from, from.length * 2);
                    to = java.util.Arrays.copyOf(to, to.length * 2);
                }
                from[folded.length()] = i;
                to[folded.length()] = next;
                folded.append(c);
            }
            i = next;
        }
        return new ScreeningText(original, folded.toString(), from, to);
    }

    /** The original text. */
    public String original() {
        return original;
    }

    /** The folded text: single spaces, no leading repeats, look-alikes resolved. */
    public String folded() {
        return folded;
    }

    /** Where the folded characters {@code [start, end)} came from in the original text: {@code {start, end}}. */
    public int[] originalSpan(int start, int end) {
        if (start >= end) {
            throw new IllegalArgumentException("empty span");
        }
        return new int[] { from[start], to[end - 1] };
    }

    /** The words of the folded text (runs of letters and digits) with their folded positions. */
    public List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(new Token(folded.substring(start, i), start, i));
                start = -1;
            }
        }
        return tokens;
    }

    /** A word of the folded text, {@code [start, end)} in folded positions. */
    public record Token(String text, int start, int end) {
    }

    /** The folded characters of one original code point: none, one, or several (a ligature such as ﻻ). */
    private static char[] foldCodePoint(int cp) {
        if (Character.getType(cp) == Character.FORMAT) {
            return new char[0];
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return new char[] { ' ' };
        }
        char[] chars = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC).toCharArray();
        int length = ARABIC.normalize(chars, chars.length);
        StringBuilder out = new StringBuilder(length);
        for (int k = 0; k < length; k++) {
            char c = persianToArabic(TextNormalizer.foldLetterOrDigit(chars[k]));
            if (c == 0) {
                continue;
            }
            String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
            for (char d : Normalizer.normalize(lower, Normalizer.Form.NFD).toCharArray()) {
                int type = Character.getType(d);
                if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK) {
                    continue;
                }
                // Only letters and digits have look-alikes here: '!' and '$' stay punctuation, or every word
                // before an exclamation mark would change.
                out.append(Character.isLetterOrDigit(d) ? Confusables.lookAlike(d) : d);
            }
        }
        char[] folded = new char[out.length()];
        out.getChars(0, out.length(), folded, 0);
        return folded;
    }

    private static char persianToArabic(char c) {
        return switch (c) {
            case '\u06AF' -> '\u0643'; // گ gaf -> ك
            case '\u0686' -> '\u062C'; // چ tcheh -> ج
            case '\u067E' -> '\u0628'; // پ peh -> ب
            case '\u06A4' -> '\u0641'; // ڤ veh -> ف
            default -> c;
        };
    }
}
