package io.rasmi.text.fingerprint;

import java.util.Arrays;

/**
 * How alike two {@link MinHashBands#comparable comparable} texts are, in [0, 1]: the Jaccard similarity of their
 * sets of character trigrams, each word padded with two spaces in front and one behind, as PostgreSQL's pg_trgm
 * counts them. Computed here rather than by pg_trgm because pg_trgm takes only the letters its database's locale
 * knows (none of Arabic under the C locale, where {@code similarity(t, t)} is 0 for an Arabic {@code t}).
 * <p>
 * A new post is compared with up to a few hundred stored ones: {@link #of(String)} takes its trigrams once, and each
 * trigram is three UTF-16 units packed into a {@code long} (48 bits, so no two trigrams share one), kept sorted and
 * distinct, so a comparison is a merge of two arrays instead of a set of strings per text.
 */
public final class TrigramSimilarity {

    private final String text;
    private final long[] trigrams;

    private TrigramSimilarity(String text) {
        this.text = text;
        this.trigrams = packed(text);
    }

    /** The trigrams of {@code first}, taken once, to compare it with many texts. */
    public static TrigramSimilarity of(String first) {
        return new TrigramSimilarity(first);
    }

    public static double of(String first, String second) {
        return of(first).to(second);
    }

    /** The similarity of this text to {@code other}. */
    public double to(String other) {
        long[] b = packed(other);
        long[] a = trigrams;
        if (a.length == 0 && b.length == 0) {
            return text.equals(other) ? 1 : 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (a.length + b.length - shared);
    }

    /** The distinct trigrams of {@code text}, sorted, each packed into a long. */
    static long[] packed(String text) {
        long[] all = new long[text.length() + 2 * (text.length() / 2 + 1)];
        int count = 0;
        int length = text.length();
        int start = 0;
        while (start <= length) {
            int end = text.indexOf(' ', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                // "  " + word + " ": the padded word's trigrams, without building the padded string
                long window = ' ' << 16 | ' ';
                for (int i = start; i <= end; i++) {
                    char c = i < end ? text.charAt(i) : ' ';
                    window = (window << 16 | c) & 0xFFFF_FFFF_FFFFL;
                    if (count == all.length) {
                        all = Arrays.copyOf(all, all.length * 2);
                    }
                    all[count++] = window;
                }
            }
            start = end + 1;
        }
        Arrays.sort(all, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || all[i] != all[distinct - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }
}
