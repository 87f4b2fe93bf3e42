package io.rasmi.console.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Draws the dashboard's charts as inline SVG on the server: no script and no style attribute (the
 * Content-Security-Policy forbids both), only presentation attributes. Each drawing is an image
 * ({@code role="img"}) named by its {@code <title>} and summed up by its {@code <desc>}; the figures themselves
 * are in the table beside it. Labels arrive already formatted for the page's language and are escaped here.
 */
public final class SvgCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int PAD = 40;

    /** Colours with at least 4.5:1 contrast on white (WCAG 2.2 AA), the stylesheet's. */
    static final String INK = "#1b1f24";
    static final String BRAND = "#0b5d3b";
    static final String MUTED = "#4a5360";
    static final String WARN = "#7a4100";
    static final String ERROR = "#a4161a";
    static final String LINE = "#c9d0d8";

    private SvgCharts() {
    }

    /** A labelled value: one point of a line, one bar. */
    public record Mark(String label, BigDecimal value, String shown) {
    }

    /** One period of the sentiment: the three classes' counts. */
    public record Split(String label, long positive, long neutral, long negative) {

        long total() {
            return positive + neutral + negative;
        }
    }

    /** A line over time: a point per period, the lowest and highest value on the axis. */
    public static String line(String id, String title, String description, List<Mark> points) {
        if (points.isEmpty()) {
            return null;
        }
        BigDecimal max = points.stream().map(Mark::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        StringBuilder svg = open(id, title, description, HEIGHT);
        axes(svg, HEIGHT);
        int plotWidth = WIDTH - 2 * PAD;
        int plotHeight = HEIGHT - 2 * PAD;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = PAD + (points.size() == 1 ? plotWidth / 2.0 : (double) plotWidth * i / (points.size() - 1));
            double y = HEIGHT - PAD - scale(points.get(i).value(), max) * plotHeight;
            path.append(i == 0 ? "" : " ").append(round(x)).append(',').append(round(y));
            svg.append("<circle cx=\"").append(round(x)).append("\" cy=\"").append(round(y))
                    .append("\" r=\"3\" fill=\"").append(BRAND).append("\"><title>").append(escape(points.get(i)
                            .label())).append(": ").append(escape(points.get(i).shown())).append("</title></circle>");
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(BRAND).append("\" stroke-width=\"2\" points=\"")
                .append(path).append("\"/>");
        text(svg, PAD, HEIGHT - PAD / 3, "start", points.get(0).label());
        text(svg, WIDTH - PAD, HEIGHT - PAD / 3, "end", points.get(points.size() - 1).label());
        text(svg, PAD - 4, PAD, "end", shownMax(points, max));
        return svg.append("</svg>").toString();
    }

    /**
     * Horizontal bars, one per mark, longest = the largest value; with {@code reference} (1 for 100 % of a target)
     * a dashed line marks it and bars that reach it are drawn in the brand colour, the others in warning brown.
     */
    public static String bars(String id, String title, String description, List<Mark> marks, BigDecimal reference) {
        if (marks.isEmpty()) {
            return null;
        }
        int rowHeight = 28;
        int height = PAD + rowHeight * marks.size();
        int labelWidth = 180;
        int plotWidth = WIDTH - labelWidth - PAD - 80;
        BigDecimal max = marks.stream().map(Mark::value).reduce(reference == null ? BigDecimal.ZERO : reference,
                BigDecimal::max);
        StringBuilder svg = open(id, title, description, height);
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            int y = PAD / 2 + i * rowHeight;
            double width = scale(mark.value(), max) * plotWidth;
            String fill = reference == null || mark.value().compareTo(reference) >= 0 ? BRAND : WARN;
            text(svg, labelWidth - 8, y + 17, "end", mark.label());
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(round(Math.max(width, 1))).append("\" height=\"").append(rowHeight - 8)
                    .append("\" fill=\"").append(fill).append("\"/>");
            text(svg, (int) Math.round(labelWidth + width + 6), y + 17, "start", mark.shown());
        }
        if (reference != null) {
            double x = labelWidth + scale(reference, max) * plotWidth;
            svg.append("<line x1=\"").append(round(x)).append("\" y1=\"").append(PAD / 4).append("\" x2=\"")
                    .append(round(x)).append("\" y2=\"").append(height - PAD / 4).append("\" stroke=\"").append(INK)
                    .append("\" stroke-dasharray=\"4 3\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /** Each period as one bar split into positive, neutral and negative shares of its comments. */
    public static String shares(String id, String title, String description, List<Split> periods,
            List<String> classNames) {
        if (periods.isEmpty()) {
            return null;
        }
        int rowHeight = 28;
        int legend = 30;
        int height = PAD / 2 + rowHeight * periods.size() + legend;
        int labelWidth = 140;
        int plotWidth = WIDTH - labelWidth - PAD;
        String[] colours = { BRAND, MUTED, ERROR };
        StringBuilder svg = open(id, title, description, height);
        for (int i = 0; i < periods.size(); i++) {
            Split split = periods.get(i);
            int y = PAD / 2 + i * rowHeight;
            text(svg, labelWidth - 8, y + 17, "end", split.label());
            long[] counts = { split.positive(), split.neutral(), split.negative() };
            double x = labelWidth;
            for (int c = 0; c < counts.length; c++) {
                double width = split.total() == 0 ? 0 : (double) plotWidth * counts[c] / split.total();
                if (width > 0) {
                    svg.append("<rect x=\"").append(round(x)).append("\" y=\"").append(y + 4).append("\" width=\"")
                            .append(round(width)).append("\" height=\"").append(rowHeight - 8).append("\" fill=\"")
                            .append(colours[c]).append("\"/>");
                }
                x += width;
            }
        }
        int y = height - legend / 2;
        for (int c = 0; c < classNames.size() && c < colours.length; c++) {
            int x = labelWidth + c * 150;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\""
                    + " fill=\"").append(colours[c]).append("\"/>");
            text(svg, x + 18, y, "start", classNames.get(c));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(escape(id))
                .append("-svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(escape(id)).append("-title ").append(escape(id))
                .append("-desc\" font-family=\"Amiri, serif\" font-size=\"13\"><title id=\"").append(escape(id))
                .append("-title\">").append(escape(title)).append("</title><desc id=\"").append(escape(id))
                .append("-desc\">").append(escape(description)).append("</desc>");
        return svg;
    }

    private static void axes(StringBuilder svg, int height) {
        svg.append("<line x1=\"").append(PAD).append("\" y1=\"").append(height - PAD).append("\" x2=\"")
                .append(WIDTH - PAD).append("\" y2=\"").append(height - PAD).append("\" stroke=\"").append(LINE)
                .append("\"/><line x1=\"").append(PAD).append("\" y1=\"").append(PAD / 2).append("\" x2=\"")
                .append(PAD).append("\" y2=\"").append(height - PAD).append("\" stroke=\"").append(LINE)
                .append("\"/>");
    }

    private static void text(StringBuilder svg, int x, int y, String anchor, String label) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(INK).append("\">").append(escape(label)).append("</text>");
    }

    private static String shownMax(List<Mark> points, BigDecimal max) {
        return points.stream().filter(point -> point.value().compareTo(max) == 0).findFirst().map(Mark::shown)
                .orElse(max.toPlainString());
    }

    /** {@code value} as a part of {@code max}, 0 to 1; 0 when nothing is above zero. */
    static double scale(BigDecimal value, BigDecimal max) {
        if (max.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        return value.divide(max, 6, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static String round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** XML text and attribute escaping: labels may carry a service's text. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
