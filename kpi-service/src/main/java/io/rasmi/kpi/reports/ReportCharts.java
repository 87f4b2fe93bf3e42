package io.rasmi.kpi.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.category.DefaultCategoryDataset;

import io.rasmi.kpi.observations.Governorate;
import io.rasmi.kpi.series.BreakdownView;
import io.rasmi.kpi.series.SeriesView;
import io.rasmi.kpi.targets.AttainmentView;

/** The reports' charts, drawn headless with JFreeChart in the Arabic font and embedded as PNG data URIs. */
@Singleton
public class ReportCharts {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 300;

    static {
        headless();
    }

    @Inject
    ReportFonts fonts;

    /** Charts need AWT without a display: set before AWT first loads (fonts or charts, whichever comes first). */
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** The daily series as lines, one per metric. */
    String series(String title, List<SeriesView> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SeriesView one : series) {
            for (SeriesView.Point point : one.points()) {
                data.addValue(point.value(), one.metric().titleAr(), point.start().toString().substring(5));
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(title, null, null, data, PlotOrientation.VERTICAL, true, false,
                false);
        return png(chart);
    }

    /** One breakdown as bars: age brackets, governorates (by Arabic name) or genders. */
    String breakdown(String title, BreakdownView breakdown) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BreakdownView.Item item : breakdown.items()) {
            data.addValue(item.value(), breakdown.metric().titleAr(), label(breakdown.dimension(), item.key()));
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.VERTICAL, false, false,
                false);
        return png(chart);
    }

    /** Attainment per target as a percentage, with the 100% line. */
    String attainment(String title, List<AttainmentView.Item> items) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (AttainmentView.Item item : items) {
            if (item.attainment() != null) {
                data.addValue(item.attainment().multiply(BigDecimal.valueOf(100)), "%", item.metric().titleAr());
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, "%", data, PlotOrientation.HORIZONTAL, false,
                false, false);
        ValueMarker goal = new ValueMarker(100, Color.DARK_GRAY, new BasicStroke(2f));
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        plot.addRangeMarker(goal);
        // The 100% line always in sight, however far short or beyond the figures are
        double highest = items.stream().filter(item -> item.attainment() != null)
                .mapToDouble(item -> item.attainment().doubleValue() * 100).max().orElse(100);
        plot.getRangeAxis().setRange(0, Math.max(110, highest * 1.1));
        return png(chart);
    }

    static String label(String dimension, String key) {
        return switch (dimension) {
            case "governorate" -> {
                Governorate governorate = Governorate.ofCode(key);
                yield governorate == null ? key : governorate.nameAr();
            }
            case "gender" -> switch (key) {
                case "FEMALE" -> "إناث";
                case "MALE" -> "ذكور";
                default -> "غير محدد";
            };
            default -> key;
        };
    }

    private String png(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(fonts.awtBold(18f));
        theme.setLargeFont(fonts.awtBold(14f));
        theme.setRegularFont(fonts.awtRegular(12f));
        theme.setSmallFont(fonts.awtRegular(10f));
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
        try {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(ChartUtils.encodeAsPNG(image));
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}
