package io.rasmi.content.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.languagetool.JLanguageTool;
import org.languagetool.tools.ArabicStringTools;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Suggestions for an unknown Arabic word, made the way Hunspell makes its first ones, from the Arabic dictionary's
 * own tables ({@code REP} replacements, {@code MAP} related letters, {@code TRY} letters), each candidate kept only
 * when the dictionary knows it: first the likely slips (REP, MAP such as ض/ظ, ة/ه, ى/ي and the hamza forms, two
 * letters swapped, a letter too many: a few dozen look-ups), then, only when those give nothing, one letter replaced
 * or missing (a few hundred look-ups, milliseconds). Hunspell's own suggest tries far more and goes on to n-gram
 * searches over the whole dictionary: tenths of a second per word. A word's suggestions depend only on the dictionary, so
 * they are remembered per word (bounded).
 */
final class ArabicSuggestions {

    private static final String AFFIXES = "/ar/hunspell/ar.aff";

    private final Predicate<String> known;
    private final List<String[]> replacements = new ArrayList<>();
    private final List<String> related = new ArrayList<>();
    private final String letters;
    private final int max;
    private final Cache<String, List<String>> byWord;

    ArabicSuggestions(Predicate<String> known, int max, int cacheSize) {
        this.known = known;
        this.max = max;
        this.byWord = Caffeine.newBuilder().maximumSize(cacheSize).build();
        String tryLetters = "";
        for (String line : affixLines()) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3 && "REP".equals(parts[0])) {
                replacements.add(new String[] { parts[1], parts[2].replace('_', ' ') });
            } else if (parts.length == 2 && "MAP".equals(parts[0]) && !parts[1].chars().allMatch(Character::isDigit)) {
                related.add(parts[1]);
            } else if (parts.length == 2 && "TRY".equals(parts[0])) {
                tryLetters = ArabicStringTools.removeTashkeel(parts[1]);
            }
        }
        this.letters = tryLetters;
    }

    /**
     * At most {@code max} suggestions for {@code word}, likeliest first. The likely slips are always tried (a few
     * dozen look-ups); the wider search only when they give nothing and {@code budget} is not spent, else the word
     * gets no suggestion this time and is not remembered.
     */
    List<String> suggest(String word, SuggestionBudget budget) {
        String bare = ArabicStringTools.removeTashkeel(word);
        List<String> remembered = byWord.getIfPresent(bare);
        if (remembered != null) {
            return remembered;
        }
        Set<String> found = new LinkedHashSet<>();
        likely(bare, found);
        if (found.isEmpty()) {
            if (budget.spent()) {
                return List.of();
            }
            wider(bare, found);
        }
        List<String> suggestions = found.stream().limit(max).toList();
        byWord.put(bare, suggestions);
        return suggestions;
    }

    /** Forgets every remembered word (the benchmark measures the first check of a new text). */
    void forget() {
        byWord.invalidateAll();
    }

    private void likely(String word, Set<String> found) {
        for (String[] rule : replacements) {
            replace(word, rule[0], rule[1], found);
        }
        for (int i = 0; i < word.length() && found.size() < max; i++) {
            char letter = word.charAt(i);
            for (String group : related) {
                if (group.indexOf(letter) < 0) {
                    continue;
                }
                for (char other : group.toCharArray()) {
                    if (other != letter) {
                        offer(word.substring(0, i) + other + word.substring(i + 1), word, found);
                    }
                }
            }
        }
        for (int i = 0; i + 1 < word.length() && found.size() < max; i++) {
            offer(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2), word, found);
        }
        for (int i = 0; i < word.length() && found.size() < max && word.length() > 2; i++) {
            offer(word.substring(0, i) + word.substring(i + 1), word, found);
        }
    }

    private void wider(String word, Set<String> found) {
        for (int i = 0; i < word.length() && found.size() < max; i++) {
            for (int l = 0; l < letters.length() && found.size() < max; l++) {
                char other = letters.charAt(l);
                if (other != word.charAt(i)) {
                    offer(word.substring(0, i) + other + word.substring(i + 1), word, found);
                }
            }
        }
        for (int i = 0; i <= word.length() && found.size() < max; i++) {
            for (int l = 0; l < letters.length() && found.size() < max; l++) {
                offer(word.substring(0, i) + letters.charAt(l) + word.substring(i), word, found);
            }
        }
    }

    /** Hunspell's REP: {@code ^} anchors at the start, {@code $} at the end. */
    private void replace(String word, String pattern, String replacement, Set<String> found) {
        boolean atStart = pattern.startsWith("^");
        boolean atEnd = pattern.endsWith("$") && pattern.length() > 1;
        String bare = pattern.substring(atStart ? 1 : 0, pattern.length() - (atEnd ? 1 : 0));
        if (bare.isEmpty()) {
            return;
        }
        if (atStart && atEnd) {
            if (word.equals(bare)) {
                offer(replacement, word, found);
            }
            return;
        }
        for (int at = word.indexOf(bare); at >= 0; at = word.indexOf(bare, at + 1)) {
            if ((atStart && at != 0) || (atEnd && at + bare.length() != word.length())) {
                continue;
            }
            offer(word.substring(0, at) + replacement + word.substring(at + bare.length()), word, found);
        }
    }

    private void offer(String candidate, String word, Set<String> found) {
        if (candidate.isEmpty() || candidate.equals(word) || found.contains(candidate)) {
            return;
        }
        for (String part : candidate.split(" ")) {
            if (part.isEmpty() || !known.test(part)) {
                return;
            }
        }
        found.add(candidate);
    }

    private static List<String> affixLines() {
        try (InputStream affixes = JLanguageTool.getDataBroker().getFromResourceDirAsStream(AFFIXES)) {
            return List.of(new String(affixes.readAllBytes(), StandardCharsets.UTF_8).split("\\R"));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
