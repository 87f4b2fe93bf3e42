package io.rasmi.kpi.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists of {@link LexiconClassifier}, read from {@code src/main/resources/sentiment/} (their sources and
 * licences are in the README there), every entry folded as comments are ({@link CommentWords#fold}). Looking a word
 * up also tries it without elongation ({@code حلووو}, {@code goooood}) and, for Arabic, without its clitics
 * ({@code والخدمات} → {@code خدمات}, {@code حلوين} → {@code حلو}). Immutable, thread-safe.
 */
final class SentimentLexicon {

    enum Modifier {
        NEGATOR, INTENSIFIER, DIMINISHER, CONTRAST
    }

    private static final String[] ARABIC_PREFIXES = { "وال", "فال", "بال", "كال", "ولل", "لل", "ال", "وب", "ول", "وك",
            "فب", "فل", "و", "ف", "ب", "ل", "ك" };
    private static final String[] ARABIC_SUFFIXES = { "كم", "هم", "ها", "نا", "ين", "ون", "ات", "ان", "تم", "وا", "ه",
            "ي", "ك" };

    private final Map<String, Double> valences;
    private final Map<String, Modifier> modifiers;
    private final Map<String, Double> emoji;

    private SentimentLexicon(Map<String, Double> valences, Map<String, Modifier> modifiers, Map<String, Double> emoji) {
        this.valences = valences;
        this.modifiers = modifiers;
        this.emoji = emoji;
    }

    static SentimentLexicon load() {
        Map<String, Double> valences = new HashMap<>();
        for (String file : List.of("vader-lexicon.tsv", "arabic-lexicon.tsv")) {
            for (String[] row : rows(file)) {
                valences.putIfAbsent(CommentWords.fold(row[0]), Double.parseDouble(row[1]));
            }
        }
        Map<String, Modifier> modifiers = new HashMap<>();
        for (String[] row : rows("modifiers.tsv")) {
            modifiers.putIfAbsent(CommentWords.fold(row[0]), Modifier.valueOf(row[1]));
        }
        Map<String, Double> emoji = new HashMap<>();
        for (String[] row : rows("emoji.tsv")) {
            emoji.putIfAbsent(CommentWords.withoutVariationSelectors(row[0]), Double.parseDouble(row[1]));
        }
        return new SentimentLexicon(Map.copyOf(valences), Map.copyOf(modifiers), Map.copyOf(emoji));
    }

    /** The valence (-4 to +4) of a folded word, or null when it carries none. A modifier carries none. */
    Double valence(String word) {
        if (modifier(word) != null) {
            return null;
        }
        for (String candidate : spellings(word)) {
            Double valence = valences.get(candidate);
            if (valence != null) {
                return valence;
            }
        }
        if (CommentWords.isArabic(word)) {
            for (String candidate : spellings(word)) {
                Double valence = withoutClitics(candidate);
                if (valence != null) {
                    return valence;
                }
            }
        }
        return null;
    }

    Modifier modifier(String word) {
        for (String candidate : spellings(word)) {
            Modifier modifier = modifiers.get(candidate);
            if (modifier != null) {
                return modifier;
            }
        }
        if (CommentWords.isArabic(word) && word.length() > 2 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')) {
            return modifiers.get(word.substring(1)); // ولا, ولكن, فلا
        }
        return null;
    }

    /** The valence of an emoticon such as {@code :(} (VADER's lexicon has them), or null. */
    Double emoticon(String emoticon) {
        return valences.get(CommentWords.fold(emoticon));
    }

    /** The valence of an emoji (without variation selectors), or null. */
    Double emoji(String symbol) {
        return emoji.get(symbol);
    }

    int size() {
        return valences.size();
    }

    private Double withoutClitics(String word) {
        for (String prefix : ARABIC_PREFIXES) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= 2) {
                String stem = word.substring(prefix.length());
                Double valence = valences.get(stem);
                if (valence != null) {
                    return valence;
                }
                Double bare = withoutSuffix(stem);
                if (bare != null) {
                    return bare;
                }
            }
        }
        return withoutSuffix(word);
    }

    private Double withoutSuffix(String word) {
        for (String suffix : ARABIC_SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                Double valence = valences.get(word.substring(0, word.length() - suffix.length()));
                if (valence != null) {
                    return valence;
                }
            }
        }
        return null;
    }

    /** The word as written, then with letters repeated three times or more written twice, then once. */
    private static List<String> spellings(String word) {
        List<String> spellings = new ArrayList<>(3);
        spellings.add(word);
        String twice = CommentWords.squeeze(word, 2);
        if (!twice.equals(word)) {
            spellings.add(twice);
        }
        String once = CommentWords.squeeze(word, 1);
        if (!once.equals(twice)) {
            spellings.add(once);
        }
        return spellings;
    }

    private static List<String[]> rows(String file) {
        String path = "/sentiment/" + file;
        try (InputStream in = SentimentLexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The sentiment lexicon lacks " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length >= 2 && !cells[0].isBlank()) {
                    rows.add(new String[] { cells[0].strip(), cells[1].strip() });
                }
            }
            return rows;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
