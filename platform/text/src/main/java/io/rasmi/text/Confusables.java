package io.rasmi.text;

/**
 * The "skeleton" of a name under confusable characters: two names with the same skeleton look alike to a
 * reader even when their characters differ, which is what an impersonator relies on ({@code MOH_Iraq} and
 * {@code M0H.lraq}). After {@link TextNormalizer#normalize(String)} (case, Arabic spelling, invisible characters):
 * <table>
 *   <caption>Look-alike classes</caption>
 *   <tr><th>written</th><th>skeleton</th></tr>
 *   <tr><td>i l 1 | ! ı, Cyrillic і, Greek ι (and so I, L)</td><td>l</td></tr>
 *   <tr><td>o 0, Cyrillic о, Greek ο</td><td>o</td></tr>
 *   <tr><td>s 5 $, Cyrillic ѕ</td><td>s</td></tr>
 *   <tr><td>Cyrillic а е р с х у к һ ј ԁ ԛ ԝ, Greek α ε ρ κ ν χ τ</td><td>the Latin letter they copy</td></tr>
 *   <tr><td>rn, vv (after the above)</td><td>m, w</td></tr>
 *   <tr><td>_ . - space and every other separator</td><td>removed</td></tr>
 *   <tr><td>a doubled letter (moooh)</td><td>one letter</td></tr>
 * </table>
 * Thread-safe.
 */
public final class Confusables {

    private Confusables() {
    }

    /** The skeleton of {@code text}; {@code ""} when it has no letter or digit. */
    public static String skeleton(String text) {
        return skeletonOfNormalized(TextNormalizer.normalize(text));
    }

    /** As {@link #skeleton(String)}, for text that is already {@link TextNormalizer#normalize normalised}. */
    static String skeletonOfNormalized(String normalized) {
        StringBuilder mapped = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = lookAlike(normalized.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                mapped.append(c);
            }
        }
        String joined = mapped.toString().replace("rn", "m").replace("vv", "w");
        return withoutRepeats(joined);
    }

    static String withoutRepeats(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The character {@code c} (lower case already) passes for. */
    static char lookAlike(char c) {
        return switch (c) {
            case 'i', '1', '|', '!', '\u0131', '\u0456', '\u03B9', '\u01C0' -> 'l';
            case '0', '\u043E', '\u03BF' -> 'o';
            case '5', '$', '\u0455' -> 's';
            case '\u0430', '\u03B1' -> 'a';
            case '\u0435', '\u03B5' -> 'e';
            case '\u0440', '\u03C1' -> 'p';
            case '\u0441' -> 'c';
            case '\u0445', '\u03C7' -> 'x';
            case '\u0443' -> 'y';
            case '\u043A', '\u03BA' -> 'k';
            case '\u04BB' -> 'h';
            case '\u0458' -> 'j';
            case '\u0501' -> 'd';
            case '\u051B' -> 'q';
            case '\u051D' -> 'w';
            case '\u03BD' -> 'v';
            case '\u03C4' -> 't';
            default -> c;
        };
    }
}
