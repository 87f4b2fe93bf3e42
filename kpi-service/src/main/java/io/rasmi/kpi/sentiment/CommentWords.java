package io.rasmi.kpi.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.rasmi.text.TextNormalizer;

/**
 * A comment cut into folded words for the lexicon: {@link TextNormalizer} (hamza forms, alef maqsura, taa marbuta,
 * tashkeel and tatweel, Persian and Kurdish letters, digits, case), then the Persian letters Iraqi writing uses (گ چ پ
 * ڤ to ك ج ب ف), English contractions ({@code n't} is {@code not}); plus the emoji, which the words leave out.
 */
record CommentWords(List<String> words, int[] clauses, List<String> emoticons, List<String> emoji, int exclamations) {

    private static final Pattern NOT_CONTRACTION = Pattern.compile("(?i)n['\u2019]t\\b");
    /** Where a clause ends: a negation or an intensifier does not reach past it ("ما نريد وعود، تعبنا"). */
    private static final Pattern CLAUSE_END = Pattern.compile("[,.;!?\u060C\u061B\u061F\u2026\n]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static CommentWords of(String text) {
        String source = text == null ? "" : text;
        List<String> words = new ArrayList<>();
        List<Integer> clauseOfWord = new ArrayList<>();
        String[] clauses = CLAUSE_END.split(NOT_CONTRACTION.matcher(source).replaceAll(" not"));
        for (int clause = 0; clause < clauses.length; clause++) {
            for (String token : TextNormalizer.tokens(clauses[clause])) {
                words.add(persianLetters(token));
                clauseOfWord.add(clause);
            }
        }
        // Emoticons such as :( or :D are in VADER's lexicon; the words above drop their punctuation.
        List<String> emoticons = new ArrayList<>();
        for (String piece : SPACES.split(source.strip())) {
            if (piece.length() >= 2 && piece.length() <= 4 && piece.chars().anyMatch(c -> ":;=()[]<>/\\|".indexOf(c) >= 0)) {
                emoticons.add(piece);
            }
        }
        List<String> emoji = new ArrayList<>();
        int exclamations = 0;
        for (int i = 0; i < source.length();) {
            int cp = source.codePointAt(i);
            if (cp == '!' || cp == '\u01C3') {
                exclamations++;
            } else if (Character.getType(cp) == Character.OTHER_SYMBOL) {
                emoji.add(new String(Character.toChars(cp)));
            }
            i += Character.charCount(cp);
        }
        int[] clauseIndex = clauseOfWord.stream().mapToInt(Integer::intValue).toArray();
        return new CommentWords(List.copyOf(words), clauseIndex, List.copyOf(emoticons), List.copyOf(emoji),
                exclamations);
    }

    /** One lexicon entry folded as the words of a comment are. */
    static String fold(String entry) {
        return persianLetters(TextNormalizer.normalize(entry));
    }

    static boolean isArabic(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    /** {@code word} with every run of more than {@code most} equal letters cut to {@code most}. */
    static String squeeze(String word, int most) {
        StringBuilder out = new StringBuilder(word.length());
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            run = i > 0 && word.charAt(i - 1) == c ? run + 1 : 1;
            if (run <= most) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String withoutVariationSelectors(String symbol) {
        return symbol.replace("\uFE0F", "").replace("\uFE0E", "");
    }

    private static String persianLetters(String word) {
        return word.replace('\u06AF', '\u0643').replace('\u0686', '\u062C').replace('\u067E', '\u0628')
                .replace('\u06A4', '\u0641');
    }
}
