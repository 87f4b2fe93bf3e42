package io.rasmi.console.kpi;

import java.util.List;

/**
 * One chart of the dashboard: its inline SVG (an image with a title and a description for screen readers) and the
 * same figures as a table, the text alternative shown under it. {@code svg} is null when there is nothing to draw.
 */
public record Chart(String id, String title, String svg, List<String> columns, List<List<String>> rows) {

    public boolean empty() {
        return rows.isEmpty();
    }
}
