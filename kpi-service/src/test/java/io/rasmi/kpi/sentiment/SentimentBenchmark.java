package io.rasmi.kpi.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Accuracy and macro-F1 of the default classifier on the evaluation set, per language and overall, with the speed.
 * Run: {@code ./mvnw -B -ntp -pl kpi-service -am verify -Dtest.excludedGroups=none -Dgroups=benchmark
 * -Dtest=SentimentBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class SentimentBenchmark {

    @Test
    void shouldPrintAccuracyAndMacroF1PerLanguage() {
        LexiconClassifier classifier = new LexiconClassifier();
        List<EvaluationSet.Item> items = EvaluationSet.items();
        List<EvaluationSet.Item> arabic = items.stream().filter(item -> item.language().equals("ar")).toList();
        List<EvaluationSet.Item> english = items.stream().filter(item -> item.language().equals("en")).toList();
        EvaluationSet.Scores ar = EvaluationSet.score(classifier, arabic);
        EvaluationSet.Scores en = EvaluationSet.score(classifier, english);
        EvaluationSet.Scores all = EvaluationSet.score(classifier, items);
        long start = System.nanoTime();
        int rounds = 20;
        for (int round = 0; round < rounds; round++) {
            items.forEach(item -> classifier.classify(item.text(), item.language()));
        }
        double perSecond = rounds * items.size() / ((System.nanoTime() - start) / 1e9);
        System.out.printf("Sentiment (%s)%n  ar   %s%n  en   %s%n  all  %s%n  speed %.0f comments/s%n",
                classifier.name(), ar, en, all, perSecond);
        for (EvaluationSet.Item item : items) {
            Sentiment predicted = classifier.classify(item.text(), item.language()).sentiment();
            if (predicted != item.label() && Boolean.getBoolean("sentiment.misses")) {
                System.out.printf("  miss %s %s→%s %s%n", item.id(), item.label(), predicted, item.text());
            }
        }
        for (double threshold = 0.05; threshold < 0.6; threshold += 0.05) {
            System.out.printf("  neutral band ±%.2f: %s%n", threshold,
                    EvaluationSet.score(new LexiconClassifier(threshold), items));
        }
        assertThat(all.items()).isGreaterThanOrEqualTo(600);
    }
}
