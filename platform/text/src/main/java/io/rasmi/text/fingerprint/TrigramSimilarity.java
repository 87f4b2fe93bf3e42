package io.rasmi.text.fingerprint;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two {@link MinHashBands#comparable comparable} texts are, in [0, 1]: the Jaccard similarity of their
 * sets of character trigrams, each word padded with two spaces in front and one behind, as PostgreSQL's pg_trgm
 * counts them. Computed here rather than by pg_trgm because pg_trgm takes only the letters its database's locale
 * knows (none of Arabic under the C locale, where {@code similarity(t, t)} is 0 for an Arabic {@code t}).
 */
public final class TrigramSimilarity {

    private TrigramSimilarity() {
    }

    public static double of(String first, String second) {
        Set<String> a = trigrams(first);
        Set<String> b = trigrams(second);
        if (a.isEmpty() && b.isEmpty()) {
            return first.equals(second) ? 1 : 0;
        }
        int shared = 0;
        for (String trigram : a) {
            if (b.contains(trigram)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    static Set<String> trigrams(String text) {
        Set<String> trigrams = new HashSet<>();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                trigrams.add(padded.substring(i, i + 3));
            }
        }
        return trigrams;
    }
}
