package io.rasmi.kpi.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled comments of {@code src/test/resources/sentiment-evaluation/} (sources and licences in its README) and
 * the scores of a classifier on them: accuracy and macro-F1 (the mean of the three classes' F1).
 */
final class EvaluationSet {

    record Item(String id, String language, Sentiment label, String text) {
    }

    record Scores(int items, double accuracy, double macroF1) {
        @Override
        public String toString() {
            return String.format("%4d items  accuracy %.3f  macro-F1 %.3f", items, accuracy, macroF1);
        }
    }

    private EvaluationSet() {
    }

    /** Every item, Arabic ({@code ar.tsv}) then English ({@code en.tsv}); the text is the last column. */
    static List<Item> items() {
        List<Item> items = new ArrayList<>();
        items.addAll(read("ar"));
        items.addAll(read("en"));
        return items;
    }

    static Scores score(SentimentClassifier classifier, List<Item> items) {
        Map<Sentiment, int[]> counts = new EnumMap<>(Sentiment.class); // true positives, predicted, actual
        for (Sentiment each : Sentiment.values()) {
            counts.put(each, new int[3]);
        }
        int correct = 0;
        for (Item item : items) {
            Sentiment predicted = classifier.classify(item.text(), item.language()).sentiment();
            counts.get(predicted)[1]++;
            counts.get(item.label())[2]++;
            if (predicted == item.label()) {
                correct++;
                counts.get(predicted)[0]++;
            }
        }
        double f1Sum = 0;
        for (int[] count : counts.values()) {
            double precision = count[1] == 0 ? 0 : (double) count[0] / count[1];
            double recall = count[2] == 0 ? 0 : (double) count[0] / count[2];
            f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return new Scores(items.size(), (double) correct / items.size(), f1Sum / Sentiment.values().length);
    }

    private static List<Item> read(String language) {
        String path = "/sentiment-evaluation/" + language + ".tsv";
        try (InputStream in = EvaluationSet.class.getResourceAsStream(path)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Item> items = new ArrayList<>();
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                items.add(new Item(cells[0], language, Sentiment.valueOf(cells[1]), cells[cells.length - 1]));
            }
            return items;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
