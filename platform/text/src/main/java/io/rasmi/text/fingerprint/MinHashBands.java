package io.rasmi.text.fingerprint;

import java.util.Arrays;

import io.rasmi.text.TextNormalizer;

/**
 * Locality-sensitive fingerprints of a text, to find near-duplicates among many stored texts without comparing
 * with each (G7.4). The text is {@link #comparable(String) folded}, cut into overlapping shingles of
 * {@value #SHINGLE} characters, and given {@value #BANDS} × {@value #ROWS} MinHash values; each band of
 * {@value #ROWS} values becomes one 64-bit number. Two texts share at least one band with probability
 * {@code 1 - (1 - J^4)^20} for a Jaccard similarity {@code J} of their shingles: 0.15 at J = 0.3, 0.72 at J = 0.5,
 * 0.996 at J = 0.7, so a stored text that shares a band is a candidate, which an exact comparison then confirms.
 * Bands are salted with a scope (the entity), so one index lookup also keeps other entities out. Thread-safe.
 */
public final class MinHashBands {

    public static final int BANDS = 20;
    public static final int ROWS = 4;
    public static final int SHINGLE = 5;

    private static final long[] SEEDS = new long[BANDS * ROWS];

    static {
        long seed = 0x5DEECE66DL;
        for (int i = 0; i < SEEDS.length; i++) {
            seed = mix(seed + 0x9E3779B97F4A7C15L);
            SEEDS[i] = seed;
        }
    }

    private MinHashBands() {
    }

    /** The form texts are compared in: {@link TextNormalizer#normalize(String)}, punctuation as spaces, one space. */
    public static String comparable(String text) {
        String normalized = TextNormalizer.normalize(text);
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            boolean word = Character.isLetterOrDigit(c);
            if (word) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    /** The {@value #BANDS} band values of an already {@link #comparable comparable} text, salted with {@code scope}; empty for an empty text. */
    public static long[] of(String comparable, String scope) {
        if (comparable == null || comparable.isEmpty()) {
            return new long[0];
        }
        long[] min = new long[SEEDS.length];
        Arrays.fill(min, Long.MAX_VALUE);
        int shingles = Math.max(1, comparable.length() - SHINGLE + 1);
        for (int s = 0; s < shingles; s++) {
            long shingle = hash(comparable, s, Math.min(comparable.length(), s + SHINGLE));
            for (int k = 0; k < SEEDS.length; k++) {
                long value = mix(shingle ^ SEEDS[k]);
                if (value < min[k]) {
                    min[k] = value;
                }
            }
        }
        long salt = hash(scope == null ? "" : scope, 0, scope == null ? 0 : scope.length());
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long band = mix(salt + b);
            for (int r = 0; r < ROWS; r++) {
                band = mix(band ^ min[b * ROWS + r]);
            }
            bands[b] = band;
        }
        return bands;
    }

    /** FNV-1a over the UTF-16 units of {@code text[start, end)}, then mixed. */
    private static long hash(String text, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int i = start; i < end; i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finaliser of SplitMix64: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

}
