package io.rasmi.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * A common Latin consonant skeleton for Arabic and Latin writing of a name, so that {@code وزارة الصحة},
 * {@code wzara alsha} and {@code Wizarat al-Sihha} can be compared: romanisations of Arabic disagree mostly on
 * vowels, on doubled letters and on the letters Latin lacks, so the skeleton keeps consonants only.
 *
 * <p>Arabic letters become Latin letters by this table (several Arabic letters share one Latin letter, as in
 * common romanisation):
 * <table>
 *   <caption>Arabic to Latin</caption>
 *   <tr><th>Arabic</th><th>Latin</th><th>Arabic</th><th>Latin</th></tr>
 *   <tr><td>ب پ</td><td>b</td><td>ت ط</td><td>t</td></tr>
 *   <tr><td>ث</td><td>th</td><td>ج</td><td>j</td></tr>
 *   <tr><td>چ</td><td>ch</td><td>ح ه</td><td>h</td></tr>
 *   <tr><td>خ</td><td>kh</td><td>د ض</td><td>d</td></tr>
 *   <tr><td>ذ</td><td>dh</td><td>ر ڕ</td><td>r</td></tr>
 *   <tr><td>ز ظ</td><td>z</td><td>س ص</td><td>s</td></tr>
 *   <tr><td>ش</td><td>sh</td><td>غ</td><td>gh</td></tr>
 *   <tr><td>ف ڤ</td><td>f</td><td>ق ك ک</td><td>k</td></tr>
 *   <tr><td>گ</td><td>g</td><td>ل ڵ</td><td>l</td></tr>
 *   <tr><td>م</td><td>m</td><td>ن</td><td>n</td></tr>
 *   <tr><td>و ۆ</td><td>w, where a consonant</td><td>ي ی</td><td>y, where a consonant</td></tr>
 *   <tr><td colspan="4">ا أ إ آ ٱ ى ء ؤ ئ ع ة ە, and the tashkeel: nothing (vowels, hamza, ayn, taa marbuta)</td></tr>
 * </table>
 * و and ي are consonants (w, y) at the start of a word or beside an alef, and ي also before ة (…iyya);
 * elsewhere they are long vowels and dropped. The article ال is kept as {@code l}, as in {@code al-}.
 *
 * <p>Then both scripts go through the same Latin folding: lower case without accents; {@code q c} to
 * {@code k}, {@code x} to {@code ks}, {@code v} to {@code f}, {@code p} to {@code b}; vowels {@code a e i o u}
 * dropped; everything but letters and digits dropped; a doubled letter kept once. So {@code وزارة الصحة} and
 * {@code wzara alsha} are both {@code wzrlsh}, {@code Wizarat al-Sihha} is {@code wzrtlsh}.
 *
 * <p>Not covered: Arabizi digits (3 for ع, 7 for ح), and translation ("Ministry of Health"). Thread-safe.
 */
public final class Transliteration {

    private static final Map<Character, String> ARABIC_TO_LATIN = Map.ofEntries(
            Map.entry('ب', "b"), Map.entry('پ', "b"),
            Map.entry('ت', "t"), Map.entry('ط', "t"),
            Map.entry('ث', "th"),
            Map.entry('ج', "j"),
            Map.entry('چ', "ch"),
            Map.entry('ح', "h"), Map.entry('ه', "h"), Map.entry('ھ', "h"),
            Map.entry('خ', "kh"),
            Map.entry('د', "d"), Map.entry('ض', "d"),
            Map.entry('ذ', "dh"),
            Map.entry('ر', "r"), Map.entry('ڕ', "r"),
            Map.entry('ز', "z"), Map.entry('ظ', "z"),
            Map.entry('س', "s"), Map.entry('ص', "s"),
            Map.entry('ش', "sh"),
            Map.entry('غ', "gh"),
            Map.entry('ف', "f"), Map.entry('ڤ', "f"),
            Map.entry('ق', "k"), Map.entry('ك', "k"), Map.entry('ک', "k"),
            Map.entry('گ', "g"),
            Map.entry('ل', "l"), Map.entry('ڵ', "l"),
            Map.entry('م', "m"),
            Map.entry('ن', "n"));

    private static final char ALEF = 'ا';
    private static final char TEH_MARBUTA = 'ة';

    private Transliteration() {
    }

    /** The consonant skeleton of {@code text}, Arabic or Latin or both; {@code ""} when it has none. */
    public static String latinSkeleton(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String latin = toLatin(withoutMarks(Normalizer.normalize(text, Normalizer.Form.NFKC)));
        StringBuilder skeleton = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            switch (latin.charAt(i)) {
                case 'a', 'e', 'i', 'o', 'u' -> { }
                case 'q', 'c' -> skeleton.append('k');
                case 'x' -> skeleton.append("ks");
                case 'v' -> skeleton.append('f');
                case 'p' -> skeleton.append('b');
                default -> {
                    char c = latin.charAt(i);
                    if (Character.isLetterOrDigit(c) && c < 0x80) {
                        skeleton.append(c);
                    }
                }
            }
        }
        return Confusables.withoutRepeats(skeleton);
    }

    /**
     * Arabic letters to Latin by the table, Latin lower-cased, digits to ASCII; one Arabic hamza, alef, ة
     * variant or vowel letter to nothing. Its own folding rather than {@link TextNormalizer}'s, because the latter
     * merges ة into ه, which romanisation keeps apart.
     */
    private static String toLatin(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
                continue;
            }
            String mapped = ARABIC_TO_LATIN.get(c);
            if (mapped != null) {
                out.append(mapped);
            } else if (c == 'و' || c == 'ۆ') {
                if (consonantal(lower, i, false)) {
                    out.append('w');
                }
            } else if (c == 'ي' || c == 'ی') {
                if (consonantal(lower, i, true)) {
                    out.append('y');
                }
            } else if (!isArabic(c)) {
                out.append(Character.isLetterOrDigit(c) ? c : ' ');
            }
            // any other Arabic letter or sign (alef forms, hamza, ayn, taa marbuta, alef maqsura): a vowel or none
        }
        return out.toString();
    }

    /** Whether the و or ي at {@code i} is a consonant: first in its word, beside an alef, or (ي) before ة. */
    private static boolean consonantal(String text, int i, boolean yeh) {
        boolean first = i == 0 || !Character.isLetter(text.charAt(i - 1));
        char previous = i > 0 ? text.charAt(i - 1) : ' ';
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return first || isAlef(previous) || isAlef(next) || (yeh && next == TEH_MARBUTA);
    }

    private static boolean isAlef(char c) {
        return c == ALEF || c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ';
    }

    private static boolean isArabic(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    private static String withoutMarks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.FORMAT && c != 'ـ') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
