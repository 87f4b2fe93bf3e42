package io.rasmi.text;

import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How much one name (handle or display name) resembles another, for finding accounts that impersonate an
 * official one. Each pair is compared in several forms of {@link ComparableName}, each with a weight that says
 * how much a match in that form is worth; the score is the best weighted match:
 * <table>
 *   <caption>Forms and weights</caption>
 *   <tr><th>form</th><th>weight</th><th>reason</th></tr>
 *   <tr><td>as written</td><td>1</td><td>{@code IDENTICAL}</td></tr>
 *   <tr><td>normalised ({@link TextNormalizer})</td><td>1</td><td>{@code NORMALISED}</td></tr>
 *   <tr><td>confusable skeleton ({@link Confusables})</td><td>0.98</td><td>{@code CONFUSABLE_CHARACTERS}</td></tr>
 *   <tr><td>either of the two without generic words</td><td>0.95 of that</td><td>{@code GENERIC_WORDS_IGNORED}</td></tr>
 *   <tr><td>Latin consonant skeleton ({@link Transliteration}), across scripts</td><td>0.9</td>
 *       <td>{@code TRANSLITERATION}</td></tr>
 *   <tr><td>the same, within one script</td><td>0.85</td><td>{@code TRANSLITERATION}</td></tr>
 * </table>
 * A name with generic words ("وزارة", "ministry", "iraq": {@link ComparableName#GENERIC_WORDS}) matches whole only
 * when equal in some form; how near it is comes from the rest, since every ministry shares those words.
 * Two forms that are not equal are compared by the mean of the normalised Levenshtein similarity
 * ({@code 1 - distance / longer length}) and the Jaro-Winkler similarity (which forgives transposed letters and
 * rewards a shared start), and the reason {@code EDIT_DISTANCE} is added. Skeletons of fewer than three
 * consonants are too short to tell names apart and are not compared. Thread-safe.
 */
public final class NameSimilarity {

    static final double CONFUSABLE_WEIGHT = 0.98;
    static final double CORE_WEIGHT = 0.95;
    static final double TRANSLITERATION_ACROSS_SCRIPTS = 0.9;
    static final double TRANSLITERATION_SAME_SCRIPT = 0.85;
    private static final int SHORTEST_SKELETON = 3;

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameSimilarity() {
    }

    /** How alike {@code a} and {@code b} are, in [0, 1]. */
    public static double score(String a, String b) {
        return compare(ComparableName.of(a), ComparableName.of(b)).score();
    }

    /** How alike {@code a} and {@code b} are, and why. */
    public static Similarity compare(String a, String b) {
        return compare(ComparableName.of(a), ComparableName.of(b));
    }

    /** How alike two prepared names are, and why. An empty name resembles nothing. */
    public static Similarity compare(ComparableName a, ComparableName b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Similarity.NONE;
        }
        if (a.original().equals(b.original())) {
            return new Similarity(1, EnumSet.of(SimilarityReason.IDENTICAL));
        }
        Best best = new Best();
        // Names with generic words ("وزارة", "ministry", "iraq") share them with every other government name, so
        // the whole names count only when they are the same, and nearness is judged on what is left.
        boolean generic = a.plainCore() != null || b.plainCore() != null;
        best.offer(1, whole(a.plain(), b.plain(), generic), SimilarityReason.NORMALISED);
        best.offer(CONFUSABLE_WEIGHT, whole(a.confusable(), b.confusable(), generic),
                SimilarityReason.CONFUSABLE_CHARACTERS);
        double transliterationWeight = (a.arabic() && !a.latin() && b.latin() && !b.arabic())
                || (a.latin() && !a.arabic() && b.arabic() && !b.latin())
                ? TRANSLITERATION_ACROSS_SCRIPTS : TRANSLITERATION_SAME_SCRIPT;
        best.offer(transliterationWeight, whole(a.skeleton(), b.skeleton(), generic, SHORTEST_SKELETON),
                SimilarityReason.TRANSLITERATION);
        if (generic) {
            best.offer(CORE_WEIGHT, text(core(a.plainCore(), a.plain()), core(b.plainCore(), b.plain())),
                    SimilarityReason.NORMALISED, SimilarityReason.GENERIC_WORDS_IGNORED);
            best.offer(CORE_WEIGHT * CONFUSABLE_WEIGHT,
                    text(core(a.confusableCore(), a.confusable()), core(b.confusableCore(), b.confusable())),
                    SimilarityReason.CONFUSABLE_CHARACTERS, SimilarityReason.GENERIC_WORDS_IGNORED);
            // two cores left by generic words on both sides may be short: صحة is "sh", and so is sihha
            int shortest = a.plainCore() != null && b.plainCore() != null ? 2 : SHORTEST_SKELETON;
            best.offer(transliterationWeight * CORE_WEIGHT,
                    skeletons(core(a.skeletonCore(), a.skeleton()), core(b.skeletonCore(), b.skeleton()), shortest),
                    SimilarityReason.TRANSLITERATION, SimilarityReason.GENERIC_WORDS_IGNORED);
        }
        return best.result();
    }

    /**
     * The similarity of two strings in [0, 1]: 1 when equal, else the mean of normalised Levenshtein and
     * Jaro-Winkler. Empty strings resemble nothing.
     */
    static double text(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        double levenshtein = 1 - (double) LEVENSHTEIN.apply(a, b) / Math.max(a.length(), b.length());
        return (levenshtein + JARO_WINKLER.apply(a, b)) / 2;
    }

    private static double skeletons(String a, String b, int shortest) {
        return a.length() < shortest || b.length() < shortest ? 0 : text(a, b);
    }

    private static double whole(String a, String b, boolean onlyWhenEqual) {
        return whole(a, b, onlyWhenEqual, 1);
    }

    /** Whole names: their similarity, or only 1 or 0 when they carry generic words. */
    private static double whole(String a, String b, boolean onlyWhenEqual, int shortest) {
        if (a.length() < shortest || b.length() < shortest) {
            return 0;
        }
        if (onlyWhenEqual) {
            return !a.isEmpty() && a.equals(b) ? 1 : 0;
        }
        return text(a, b);
    }

    private static String core(String core, String whole) {
        return core == null ? whole : core;
    }

    /** The best weighted match so far and its reasons. */
    private static final class Best {
        private double score;
        private Set<SimilarityReason> reasons = EnumSet.noneOf(SimilarityReason.class);

        void offer(double weight, double similarity, SimilarityReason first, SimilarityReason... more) {
            double weighted = weight * similarity;
            if (weighted <= score) {
                return;
            }
            score = weighted;
            reasons = EnumSet.of(first, more);
            if (similarity < 1) {
                // "normalised" means the same once folded; a near miss is told by the edit distance alone
                reasons.remove(SimilarityReason.NORMALISED);
                reasons.add(SimilarityReason.EDIT_DISTANCE);
            }
        }

        Similarity result() {
            return new Similarity(Math.min(1, score), reasons);
        }
    }
}
