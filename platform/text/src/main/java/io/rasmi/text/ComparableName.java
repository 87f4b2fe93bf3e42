package io.rasmi.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A name (a handle or a display name) prepared once for many comparisons by {@link NameSimilarity}: its
 * normalised, confusable and transliterated forms, whole and without the words every government name shares.
 * Immutable and thread-safe; build the official names' forms once and keep them.
 */
public final class ComparableName {

    /**
     * Words that say "government" rather than which government body: ignoring them, {@code وزارة الصحة العراقية}
     * and {@code الصحة} are the same name, and {@code وزارة الصحة} and {@code وزارة النفط} are not alike. A word of a
     * name is generic when, without its article, it is one of these once normalised, or looks like one
     * ({@link Confusables}: {@code lraq}), or is a Latin spelling of one ({@link Transliteration}: {@code wizarat}).
     */
    static final Set<String> GENERIC_WORDS = Set.of(
            "وزارة", "هيئة", "هيأة", "دائرة", "مديرية", "عامة", "عام", "جمهورية", "عراق", "العراق", "عراقية", "عراقي",
            "رسمي", "رسمية", "صفحة", "حساب", "مكتب", "إعلام", "أخبار", "في", "و",
            "ministry", "ministery", "of", "the", "iraq", "iraqi", "iq", "republic", "official", "offical", "gov",
            "govt", "government", "page", "account", "general", "directorate", "authority", "office", "media",
            "and", "news", "al", "el");

    /** Splits a name into its words as written: on anything but letters, digits and marks (tashkeel). */
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}\\p{M}\\p{Cf}]+");

    private static final Set<String> GENERIC_NORMALISED = GENERIC_WORDS.stream()
            .map(TextNormalizer::normalize)
            .map(ComparableName::withoutArticle)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> GENERIC_CONFUSABLE = GENERIC_NORMALISED.stream()
            .map(Confusables::skeletonOfNormalized)
            .collect(Collectors.toUnmodifiableSet());
    /** Latin consonant skeletons of the Arabic generic words ({@code hy} for هيئة), of two consonants or more. */
    private static final Set<String> GENERIC_TRANSLITERATED = GENERIC_WORDS.stream()
            .filter(TextNormalizer::hasArabic)
            .map(ComparableName::withoutArticle)
            .map(Transliteration::latinSkeleton)
            .filter(skeleton -> skeleton.length() >= 2)
            .collect(Collectors.toUnmodifiableSet());

    private final String original;
    private final String plain;
    private final String confusable;
    private final String skeleton;
    private final String plainCore;
    private final String confusableCore;
    private final String skeletonCore;
    private final boolean arabic;
    private final boolean latin;

    private ComparableName(String original) {
        this.original = original == null ? "" : original.strip();
        List<String> tokens = TextNormalizer.tokens(this.original);
        // the core keeps the words as written, so that transliteration still sees ة, أ and the like
        List<String> core = WORDS.splitAsStream(splitCamelCase(this.original))
                .filter(word -> !word.isEmpty() && !isGeneric(word))
                .map(ComparableName::withoutArticle)
                .toList();
        this.plain = String.join("", tokens);
        this.confusable = Confusables.skeletonOfNormalized(plain);
        this.skeleton = Transliteration.latinSkeleton(this.original);
        String coreJoined = String.join("", TextNormalizer.tokens(String.join(" ", core)));
        this.plainCore = coreJoined.isEmpty() || coreJoined.equals(plain) ? null : coreJoined;
        this.confusableCore = plainCore == null ? null : Confusables.skeletonOfNormalized(plainCore);
        this.skeletonCore = plainCore == null ? null : Transliteration.latinSkeleton(String.join(" ", core));
        this.arabic = TextNormalizer.hasArabic(this.original);
        this.latin = TextNormalizer.hasLatin(this.original);
    }

    /** {@code name} prepared for comparison; null is the empty name, which resembles nothing. */
    public static ComparableName of(String name) {
        return new ComparableName(name);
    }

    /** The name as given, trimmed. */
    public String original() {
        return original;
    }

    /** Normalised ({@link TextNormalizer}), without separators: {@code moh_iraq} is {@code mohiraq}. */
    public String plain() {
        return plain;
    }

    /** The {@link Confusables#skeleton(String) confusable skeleton}. */
    public String confusable() {
        return confusable;
    }

    /** The {@link Transliteration#latinSkeleton(String) Latin consonant skeleton}. */
    public String skeleton() {
        return skeleton;
    }

    /** Whether it has no letter or digit at all. */
    public boolean isEmpty() {
        return plain.isEmpty();
    }

    String plainCore() {
        return plainCore;
    }

    String confusableCore() {
        return confusableCore;
    }

    String skeletonCore() {
        return skeletonCore;
    }

    boolean arabic() {
        return arabic;
    }

    boolean latin() {
        return latin;
    }

    private static boolean isGeneric(String word) {
        String token = TextNormalizer.normalize(word);
        String bare = withoutArticle(token);
        if (GENERIC_NORMALISED.contains(bare) || GENERIC_CONFUSABLE.contains(Confusables.skeletonOfNormalized(bare))) {
            return true;
        }
        if (!TextNormalizer.hasLatin(token)) {
            return false;
        }
        // a Latin spelling of an Arabic generic word, also in the construct state: wizara, wizarat
        String skeleton = Transliteration.latinSkeleton(word);
        return GENERIC_TRANSLITERATED.contains(skeleton) || (skeleton.endsWith("t")
                && GENERIC_TRANSLITERATED.contains(skeleton.substring(0, skeleton.length() - 1)));
    }

    /** {@code IraqiMOH} as {@code Iraqi MOH} and {@code MOHIraq} as {@code MOH Iraq}: handles glue words by case. */
    static String splitCamelCase(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                char previous = text.charAt(i - 1);
                boolean nextLower = i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
                if (Character.isLowerCase(previous) || (Character.isUpperCase(previous) && nextLower)) {
                    out.append(' ');
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@code الصحه} without its article, {@code صحه}; a word of three letters or fewer keeps it. */
    private static String withoutArticle(String token) {
        if (token.length() > 4 && (token.startsWith("ال") || token.startsWith("لل"))) {
            return token.substring(2);
        }
        if (token.length() > 5 && (token.startsWith("وال") || token.startsWith("بال"))) {
            return token.substring(3);
        }
        return token;
    }

    @Override
    public String toString() {
        return original;
    }
}
