package io.rasmi.kpi.sentiment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;
import io.rasmi.kpi.sentiment.SentimentLexicon.Modifier;

/**
 * The default classifier: a lexicon with rules, in the manner of VADER (Hutto and Gilbert, 2014), for Arabic (Modern
 * Standard and Iraqi) and English. Each sentiment word adds its valence, changed by the words around it:
 * <ul>
 *   <li>a negator among the three words before it flips it and damps it (×-0.74): {@code مو زين}, {@code not good},
 *       {@code ما عجبني}; a dialect negation written onto the verb ({@code ماعجبني}) too. {@code ما} before the
 *       أفعل form ({@code ما اجمل}) is the exclamation "how beautiful", which strengthens instead;</li>
 *   <li>an intensifier or a diminisher among the three words before it (and in Arabic the word right after it:
 *       {@code حلو كلش}, {@code ممتاز جدا}) adds or takes away 0.293;</li>
 *   <li>after a contrast word ({@code but}, {@code لكن}, {@code بس}) words weigh 1.5, before it 0.5;</li>
 *   <li>emoji add their valence; exclamation marks (up to four) strengthen the whole.</li>
 * </ul>
 * The sum is squashed into -1..+1 ({@code s / sqrt(s² + 15)}); at or above {@value #THRESHOLD} the comment is
 * POSITIVE, at or below minus that NEGATIVE, in between NEUTRAL.
 */
@DefaultBean
@ApplicationScoped
public class LexiconClassifier implements SentimentClassifier {

    /** Where a comment stops being neutral; chosen on the evaluation set (see the README). */
    static final double THRESHOLD = 0.25;

    private static final double NEGATION = -0.74;
    private static final double BOOST = 0.293;
    private static final double EXCLAMATION = 0.292;
    private static final double ALPHA = 15;
    private static final int WINDOW = 3;

    private static final SentimentLexicon LEXICON = SentimentLexicon.load();

    private final SentimentLexicon lexicon = LEXICON;
    private final double threshold;

    public LexiconClassifier() {
        this(THRESHOLD);
    }

    /** With another neutral band, for the benchmark's sweep. */
    LexiconClassifier(double threshold) {
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return "lexicon-v1";
    }

    @Override
    public Classification classify(String text, String language) {
        double sum = valence(CommentWords.of(text));
        double score = sum / Math.sqrt(sum * sum + ALPHA);
        Sentiment sentiment = score >= threshold ? Sentiment.POSITIVE
                : score <= -threshold ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        return new Classification(sentiment, Math.round(score * 10_000) / 10_000.0);
    }

    private double valence(CommentWords comment) {
        List<String> words = comment.words();
        int contrast = -1;
        for (int i = 0; i < words.size(); i++) {
            if (lexicon.modifier(words.get(i)) == Modifier.CONTRAST) {
                contrast = i;
            }
        }
        double sum = 0;
        for (int i = 0; i < words.size(); i++) {
            double valence = wordValence(words, comment.clauses(), i);
            if (valence == 0) {
                continue;
            }
            if (contrast >= 0) {
                valence *= i < contrast ? 0.5 : 1.5;
            }
            sum += valence;
        }
        for (String emoticon : comment.emoticons()) {
            Double valence = lexicon.emoticon(emoticon);
            if (valence != null) {
                sum += valence;
            }
        }
        for (String symbol : comment.emoji()) {
            Double valence = lexicon.emoji(CommentWords.withoutVariationSelectors(symbol));
            if (valence != null) {
                sum += valence;
            }
        }
        if (sum != 0) {
            sum += Math.signum(sum) * EXCLAMATION * Math.min(comment.exclamations(), 4);
        }
        return sum;
    }

    private double wordValence(List<String> words, int[] clauses, int i) {
        String word = words.get(i);
        Double found = lexicon.valence(word);
        boolean negated = false;
        if (found == null && CommentWords.isArabic(word) && word.length() > 4
                && (word.startsWith("ما") || word.startsWith("مو"))) {
            found = lexicon.valence(word.substring(2)); // ماعجبني, موزين: the negation written onto the word
            negated = found != null;
        }
        if (found == null) {
            return 0;
        }
        double valence = found;
        double sign = Math.signum(valence);
        for (int back = 1; back <= WINDOW && i - back >= 0 && clauses[i - back] == clauses[i]; back++) {
            String before = words.get(i - back);
            Modifier modifier = lexicon.modifier(before);
            if (modifier == null) {
                continue;
            }
            double step = BOOST * (1 - 0.05 * (back - 1));
            switch (modifier) {
                case INTENSIFIER -> valence += sign * step;
                case DIMINISHER -> valence -= sign * step;
                case NEGATOR -> {
                    if (back == 1 && before.equals("ما") && isExclamativeForm(word)) {
                        valence += sign * step; // ما اجمل: how beautiful
                    } else {
                        negated = true;
                    }
                }
                case CONTRAST -> back = WINDOW; // nothing before "but" changes what follows it
            }
        }
        if (CommentWords.isArabic(word) && i + 1 < words.size() && clauses[i + 1] == clauses[i]) {
            Modifier after = lexicon.modifier(words.get(i + 1));
            if (after == Modifier.INTENSIFIER) {
                valence += sign * BOOST;
            } else if (after == Modifier.DIMINISHER) {
                valence -= sign * BOOST;
            }
        }
        return negated ? valence * NEGATION : valence;
    }

    /** The Arabic أفعل form after ما: four letters beginning with alef ({@code اجمل}, {@code احلي}, {@code اروع}). */
    private static boolean isExclamativeForm(String word) {
        return word.length() == 4 && word.charAt(0) == 'ا';
    }
}
