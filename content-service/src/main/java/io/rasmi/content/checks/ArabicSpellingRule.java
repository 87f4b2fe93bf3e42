package io.rasmi.content.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;
import org.languagetool.rules.spelling.hunspell.HunspellRule;
import org.languagetool.tools.ArabicStringTools;

/**
 * LanguageTool's Arabic Hunspell rule ({@code HUNSPELL_RULE_AR}: same dictionary, word split, diacritics, ignore and
 * prohibit lists) that only finds unknown words. LanguageTool's own rule asks Hunspell for suggestions for every
 * unknown word, which with the Arabic dictionary's affix tables takes tenths of a second per word (seconds for a
 * post); {@link ArabicSuggestions} suggests instead, within a time budget. One native Hunspell dictionary serves
 * every checker and is not safe for concurrent calls, so every call into it holds {@link #DICTIONARY}.
 */
final class ArabicSpellingRule extends HunspellRule {

    static final String ID = "RASMI_HUNSPELL_RULE_AR";

    /** What LanguageTool's Arabic rule replaces; Spelling disables it in favour of this one. */
    static final String REPLACED = "HUNSPELL_RULE_AR";

    private static final Object DICTIONARY = new Object();

    private volatile AntiPatternIndex antiPatternIndex;
    private static final Pattern NOT_IN_WORD = Pattern.compile("[^\\p{L}" + ArabicStringTools.TASHKEEL_CHARS + "]");

    ArabicSpellingRule(Language arabic) {
        super(JLanguageTool.getMessageBundle(arabic), arabic, null);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    protected String getDictFilenameInResources(String langCountry) {
        return "/ar/hunspell/ar.dic";
    }

    @Override
    protected String[] tokenizeText(String sentence) {
        return NOT_IN_WORD.split(sentence);
    }

    @Override
    protected boolean ignoreWord(String word) throws IOException {
        return super.ignoreWord(ArabicStringTools.removeTashkeel(word));
    }

    /** Without this, LanguageTool's spelling rules pass over words without a Latin letter. */
    @Override
    protected boolean isLatinScript() {
        return false;
    }

    @Override
    public boolean isMisspelled(String word) {
        String bare = ArabicStringTools.removeTashkeel(word);
        synchronized (DICTIONARY) {
            return super.isMisspelled(bare);
        }
    }

    /**
     * LanguageTool's immunisation with the rule's anti-patterns (about 25,000 multi-word names, nearly all Latin),
     * applying only those that can match: an anti-pattern with a plain word in it can match only a sentence that has
     * that word. Trying every anti-pattern on every sentence was most of the rule's time on an Arabic post.
     */
    @Override
    protected AnalyzedSentence getSentenceWithImmunization(AnalyzedSentence sentence) {
        List<DisambiguationPatternRule> relevant = antiPatternIndex().relevantTo(sentence);
        if (relevant.isEmpty()) {
            return sentence;
        }
        AnalyzedSentence immunized = sentence.copy(sentence);
        for (DisambiguationPatternRule antiPattern : relevant) {
            try {
                immunized = antiPattern.replace(immunized);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return immunized;
    }

    private AntiPatternIndex antiPatternIndex() {
        AntiPatternIndex index = antiPatternIndex;
        List<DisambiguationPatternRule> antiPatterns = getAntiPatterns();
        if (index == null || index.size() != antiPatterns.size()) {
            index = new AntiPatternIndex(antiPatterns);
            antiPatternIndex = index;
        }
        return index;
    }

    /** The anti-patterns by one plain word each must match (lower case); those without one apply everywhere. */
    private static final class AntiPatternIndex {
        private final List<DisambiguationPatternRule> antiPatterns;
        private final Map<String, List<Integer>> byWord = new HashMap<>();
        private final List<Integer> everywhere = new ArrayList<>();

        AntiPatternIndex(List<DisambiguationPatternRule> antiPatterns) {
            this.antiPatterns = List.copyOf(antiPatterns);
            for (int i = 0; i < this.antiPatterns.size(); i++) {
                String word = this.antiPatterns.get(i).getPatternTokens().stream()
                        .filter(t -> !t.getNegation() && !t.isRegularExpression() && !t.isInflected()
                                && t.getString() != null && !t.getString().isEmpty())
                        .map(t -> t.getString().toLowerCase(Locale.ROOT)).findFirst().orElse(null);
                if (word == null) {
                    everywhere.add(i);
                } else {
                    byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
                }
            }
        }

        int size() {
            return antiPatterns.size();
        }

        /** The anti-patterns that may match {@code sentence}, in LanguageTool's order. */
        List<DisambiguationPatternRule> relevantTo(AnalyzedSentence sentence) {
            Set<Integer> relevant = new TreeSet<>(everywhere);
            for (AnalyzedTokenReadings token : sentence.getTokensWithoutWhitespace()) {
                List<Integer> found = byWord.get(token.getToken().toLowerCase(Locale.ROOT));
                if (found != null) {
                    relevant.addAll(found);
                }
            }
            return relevant.stream().map(antiPatterns::get).toList();
        }
    }

    /** Suggestions are {@link ArabicSuggestions}'s, attached after the check. */
    @Override
    public List<String> getSuggestions(String word) {
        return List.of();
    }

    /** Whether {@code word}, a candidate suggestion, would pass this rule. */
    boolean known(String word) {
        return !isMisspelled(word);
    }
}
