package io.rasmi.console.content;

import io.rasmi.console.content.ContentItemsApi.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A field's text cut into runs, each plain or marked by the finding placed there, for the editor to show the
 * findings where they are with {@code <mark>} elements rendered on the server (no script). Findings are numbered as
 * in the list beside the text; where two overlap, the one that starts first is marked and the other stays in the list.
 */
public record MarkedText(List<Run> runs) {

    /** A run of text; {@code number} and {@code severity} are set when a finding marks it. */
    public record Run(String text, Integer number, String severity) {

        public boolean marked() {
            return number != null;
        }
    }

    /** {@code text} with the findings of {@code numbered} that are placed in {@code field} marked. */
    public static MarkedText of(String text, String field, List<NumberedFinding> numbered) {
        String whole = text == null ? "" : text;
        List<NumberedFinding> placed = numbered.stream()
                .filter(n -> n.finding().placedIn(field) && n.finding().end() <= whole.length())
                .sorted(Comparator.comparingInt((NumberedFinding n) -> n.finding().start())
                        .thenComparingInt(NumberedFinding::number))
                .toList();
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (NumberedFinding n : placed) {
            int start = n.finding().start();
            if (start < at) {
                continue; // overlaps the one before: listed, not marked twice
            }
            if (start > at) {
                runs.add(new Run(whole.substring(at, start), null, null));
            }
            int end = n.finding().end();
            runs.add(new Run(whole.substring(start, end), n.number(), n.finding().severity()));
            at = end;
        }
        if (at < whole.length()) {
            runs.add(new Run(whole.substring(at), null, null));
        }
        return new MarkedText(List.copyOf(runs));
    }

    public boolean anyMarked() {
        return runs.stream().anyMatch(Run::marked);
    }

    /** A finding with its number in the list the page shows (1-based). */
    public record NumberedFinding(int number, Finding finding) {

        public static List<NumberedFinding> of(List<Finding> findings) {
            List<NumberedFinding> numbered = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                numbered.add(new NumberedFinding(i + 1, findings.get(i)));
            }
            return List.copyOf(numbered);
        }
    }
}
