package io.rasmi.text.lexicon;

/**
 * A lexicon entry found in a text: the entry as the lexicon writes it, its category, and where the words are in the
 * original text ({@code [start, end)}, UTF-16 units), with the text as written there.
 */
public record LexiconMatch(String term, String category, int start, int end, String written) {
}
