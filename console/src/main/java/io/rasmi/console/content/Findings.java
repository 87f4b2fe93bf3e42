package io.rasmi.console.content;

import io.rasmi.console.content.ContentItemsApi.CheckReport;
import io.rasmi.console.content.MarkedText.NumberedFinding;
import java.util.List;

/**
 * What the editor shows of the checks: the findings numbered, the title and body with each finding marked where it
 * is, and whether the checks could run at all ({@code unavailable} when content-service did not answer).
 */
public record Findings(CheckReport report, List<NumberedFinding> numbered, MarkedText title, MarkedText body,
        boolean ran, String unavailable) {

    public static final Findings NOT_RUN = new Findings(CheckReport.NONE, List.of(), MarkedText.of("", "title",
            List.of()), MarkedText.of("", "body", List.of()), false, null);

    public static Findings of(CheckReport report, String title, String body) {
        List<NumberedFinding> numbered = NumberedFinding.of(report.findings());
        return new Findings(report, numbered, MarkedText.of(title, "title", numbered),
                MarkedText.of(body, "body", numbered), true, null);
    }

    /** The checks could not run; {@code message} says why, in the user's language. */
    public static Findings unavailable(String message) {
        return new Findings(CheckReport.NONE, List.of(), NOT_RUN.title(), NOT_RUN.body(), false, message);
    }

    public boolean clean() {
        return ran && report.findings().isEmpty();
    }
}
