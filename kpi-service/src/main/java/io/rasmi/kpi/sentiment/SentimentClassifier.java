package io.rasmi.kpi.sentiment;

/**
 * Classifies one comment's sentiment. The default is {@link LexiconClassifier} (a {@code @DefaultBean}); a deployer
 * who has a model replaces it by adding any CDI bean that implements this interface (for example one calling a model
 * server), which Quarkus then injects instead; see the service's README. Implementations are thread-safe and must not
 * keep the text.
 */
public interface SentimentClassifier {

    /**
     * @param text the comment as written (any script, diacritics and elongation included)
     * @param language {@code ar}, {@code ku}, {@code en}, or {@code null} when the sender was unsure
     */
    Classification classify(String text, String language);

    /** A short, stable name of the classifier and its version, stored with each result ({@code lexicon-v1}). */
    String name();

    /**
     * @param score the strength, from -1 (most negative) to +1 (most positive)
     */
    record Classification(Sentiment sentiment, double score) {
    }
}
