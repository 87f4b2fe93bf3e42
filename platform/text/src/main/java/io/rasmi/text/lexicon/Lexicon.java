package io.rasmi.text.lexicon;

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

import io.rasmi.text.ScreeningText;

/**
 * Words and phrases to screen text for, matched as whole words after {@link ScreeningText} folding, so that
 * diacritics, tatweel, letter variants, look-alike characters and stretched letters do not hide an entry, and a word
 * that merely contains an entry ({@code classic} and {@code ass}, {@code بكس} and {@code كس}) is not taken for it.
 * <p>
 * Entries are held in a trie of folded words: matching walks it from every word of the text, so the cost is the
 * length of the text times the longest phrase, whatever the size of the lexicon. An Arabic word may carry a
 * proclitic (و ف ب ك ل, the article ال and their combinations, the vocative يا written together): the first word of
 * an entry is also tried without it, when what remains has at least three letters (a shorter remainder would turn
 * ordinary words into entries). Immutable, thread-safe.
 */
public final class Lexicon {

    /** The lexicon of hate speech and insults (G4.3.j) shipped with this jar; see the README beside the files. */
    public static final String HATE_SPEECH_AR = "/io/rasmi/text/lexicon/hate-speech-ar.tsv";
    public static final String HATE_SPEECH_EN = "/io/rasmi/text/lexicon/hate-speech-en.tsv";

    private static final String[] PROCLITICS = { "وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال", "يا", "و", "ف",
            "ب", "ك", "ل" };
    private static final String VOCATIVE = "يا";
    private static final int MIN_STEM = 3;

    private static volatile Lexicon hateSpeech;

    private final Node root = new Node();
    private final int size;

    private Lexicon(Map<String, String> entries) {
        int count = 0;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            List<ScreeningText.Token> words = ScreeningText.of(entry.getKey()).tokens();
            if (words.isEmpty()) {
                continue;
            }
            Node node = root;
            for (ScreeningText.Token word : words) {
                node = node.next.computeIfAbsent(word.text(), w -> new Node());
            }
            if (node.term == null) {
                node.term = entry.getKey();
                node.category = entry.getValue();
                count++;
            }
        }
        this.size = count;
    }

    /** A lexicon of {@code term → category}. */
    public static Lexicon of(Map<String, String> entries) {
        return new Lexicon(entries);
    }

    /** The bundled hate-speech and insult lexicon, Arabic (with Iraqi dialect) and English, loaded once. */
    public static Lexicon hateSpeech() {
        Lexicon loaded = hateSpeech;
        if (loaded == null) {
            synchronized (Lexicon.class) {
                loaded = hateSpeech;
                if (loaded == null) {
                    Map<String, String> entries = new HashMap<>();
                    entries.putAll(read(HATE_SPEECH_AR));
                    entries.putAll(read(HATE_SPEECH_EN));
                    loaded = new Lexicon(entries);
                    hateSpeech = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * The entries of a lexicon file: one per line, {@code term<TAB>category}; blank lines and lines starting with
     * {@code #} are skipped.
     */
    public static Map<String, String> read(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon not found: " + resource);
        }
        Map<String, String> entries = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\t");
                entries.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "INSULT");
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return entries;
    }

    /** How many entries the lexicon holds. */
    public int size() {
        return size;
    }

    /** Every entry found in {@code text}, in order, the longest one where several start at the same word. */
    public List<LexiconMatch> find(String text) {
        ScreeningText screening = ScreeningText.of(text);
        List<ScreeningText.Token> words = screening.tokens();
        List<LexiconMatch> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int[] best = null;
            Node bestNode = null;
            for (List<String> first : firstWordForms(words.get(i).text())) {
                Node node = root;
                for (String part : first) {
                    node = node == null ? null : node.next.get(part);
                }
                int j = i;
                while (node != null) {
                    if (node.term != null && (best == null || j > best[0])) {
                        best = new int[] { j };
                        bestNode = node;
                    }
                    j++;
                    node = j < words.size() ? node.next.get(words.get(j).text()) : null;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int[] span = screening.originalSpan(words.get(i).start(), words.get(best[0]).end());
            found.add(new LexiconMatch(bestNode.term, bestNode.category, span[0], span[1],
                    screening.original().substring(span[0], span[1])));
            i = best[0] + 1;
        }
        return found;
    }

    /**
     * The word, then the word without each Arabic proclitic it may carry; the vocative يا written together with the
     * word ({@code ياكلب}) stays a word of its own, since entries write it apart.
     */
    private static List<List<String>> firstWordForms(String word) {
        List<List<String>> forms = new ArrayList<>(3);
        forms.add(List.of(word));
        for (String proclitic : PROCLITICS) {
            if (word.startsWith(proclitic) && word.length() - proclitic.length() >= MIN_STEM) {
                String rest = word.substring(proclitic.length());
                forms.add(proclitic.equals(VOCATIVE) ? List.of(VOCATIVE, rest) : List.of(rest));
            }
        }
        return forms;
    }

    private static final class Node {
        private final Map<String, Node> next = new HashMap<>(4);
        private String term;
        private String category;
    }
}
