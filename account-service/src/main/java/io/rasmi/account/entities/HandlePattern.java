package io.rasmi.account.entities;

import io.rasmi.text.TextNormalizer;

/**
 * A handle pattern an entity registers (G6.d): a simple glob where {@code *} stands for any run of characters and
 * {@code ?} for one, compared after {@link TextNormalizer} normalisation (so case does not matter). Never a regular
 * expression, so a pattern cannot be made to run away.
 */
public final class HandlePattern {

    /** Letters, digits, {@code . _ -} and the two wildcards; at least three letters or digits, so {@code *} alone is refused. */
    public static final String SHAPE = "(?=(?:[^A-Za-z0-9]*[A-Za-z0-9]){3})[A-Za-z0-9._*?-]{1,64}";

    private final String glob;

    private HandlePattern(String glob) {
        this.glob = glob;
    }

    public static HandlePattern of(String pattern) {
        return new HandlePattern(TextNormalizer.normalize(pattern));
    }

    /** Whether the whole handle (a leading {@code @} ignored) fits the pattern. */
    public boolean matches(String handle) {
        if (handle == null) {
            return false;
        }
        String text = TextNormalizer.normalize(handle.startsWith("@") ? handle.substring(1) : handle);
        // Greedy wildcard matching with one backtrack point: linear in practice, never exponential.
        int t = 0;
        int p = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < glob.length() && (glob.charAt(p) == '?' || glob.charAt(p) == text.charAt(t))) {
                t++;
                p++;
            } else if (p < glob.length() && glob.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < glob.length() && glob.charAt(p) == '*') {
            p++;
        }
        return p == glob.length();
    }

    @Override
    public String toString() {
        return glob;
    }
}
