package io.rasmi.kpi.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.rasmi.kpi.config.KpiConfig;
import io.rasmi.kpi.metrics.Metric;
import io.rasmi.kpi.series.BreakdownView;
import io.rasmi.kpi.targets.AttainmentView;
import io.rasmi.kpi.targets.TargetPeriod;

/**
 * A report as an Arabic, right-to-left PDF: the Qute template {@code templates/reports/report.html} (XHTML) rendered
 * by openhtmltopdf with ICU's bidi splitting, reordering and Arabic shaping, in Amiri, with JFreeChart's charts as
 * images. Renders run at most {@code kpi.reports.concurrent-renders} at once: each holds its document, a font subset
 * and its charts in memory until written.
 */
@Singleton
public class ReportPdf {

    public static final String MEDIA_TYPE = "application/pdf";

    @Inject
    @Location("reports/report.html")
    Template template;

    @Inject
    ReportFonts fonts;

    @Inject
    ReportCharts charts;

    @Inject
    KpiConfig config;

    private Semaphore renders;

    @PostConstruct
    void limit() {
        renders = new Semaphore(Math.max(1, config.reports().concurrentRenders()), true);
    }

    /** What the template shows of the report, formatted. */
    @TemplateData
    public record Page(String title, List<Fact> facts, List<AccountPage> accounts) {
    }

    /** A label and a left-to-right value (a code, a date), each in its own cell so neither reorders the other. */
    @TemplateData
    public record Fact(String label, String value) {
    }

    @TemplateData
    public record AccountPage(String name, String platform, String handle, List<MetricRow> metrics, String seriesChart,
            List<TargetRow> targets, String attainmentChart, Breakdowns breakdowns) {

        public List<String> breakdownCharts() {
            return breakdowns.charts();
        }

        public String breakdownTitle() {
            return breakdowns.title();
        }

        public String sentiment() {
            return breakdowns.sentiment();
        }
    }

    @TemplateData
    public record Breakdowns(String title, List<String> charts, String sentiment) {
    }

    @TemplateData
    public record MetricRow(String title, String current, String previous, String change) {
    }

    @TemplateData
    public record TargetRow(String title, String target, String actual, String attainment, String verdict, String css) {
    }

    public byte[] render(ReportView report) {
        renders.acquireUninterruptibly();
        try {
            String html = template.data("page", page(report)).render();
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(fonts::regular, ReportFonts.FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(fonts::bold, ReportFonts.FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        } finally {
            renders.release();
        }
    }

    private Page page(ReportView report) {
        ReportView.Period period = report.period();
        String kind = period.kind() == TargetPeriod.WEEK ? "الأسبوعي" : "الشهري";
        String title = "التقرير " + kind + " للإدارة";
        List<Fact> facts = List.of(new Fact("الجهة", report.entity()), new Fact("الفترة", period.code()),
                new Fact("من", day(period.start())), new Fact("إلى", day(period.end())),
                new Fact("مقارنة بالفترة", day(period.previousStart()) + " / " + day(period.previousEnd())),
                new Fact("أعد في", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(report.generatedAt().atZone(ReportPeriod.BAGHDAD)) + " (Asia/Baghdad)"));
        List<AccountPage> accounts = new ArrayList<>();
        for (ReportView.AccountSection section : report.accounts()) {
            accounts.add(account(section));
        }
        return new Page(title, facts, accounts);
    }

    private AccountPage account(ReportView.AccountSection section) {
        ReportView.Account account = section.account();
        List<MetricRow> metrics = section.metrics().stream()
                .map(m -> new MetricRow(m.titleAr(), number(m.current()), number(m.previous()), percent(m.change(),
                        true)))
                .toList();
        String seriesChart = section.series().isEmpty() ? null
                : charts.series("الأرقام اليومية", section.series());
        List<TargetRow> targets = section.targets().stream().map(ReportPdf::target).toList();
        boolean anyAttainment = section.targets().stream().anyMatch(item -> item.attainment() != null);
        String attainmentChart = anyAttainment ? charts.attainment("نسبة تحقيق الأهداف", section.targets()) : null;
        // One metric's breakdowns are charted (followers if there are any, else reach); the JSON and CSV have all.
        Metric charted = section.breakdowns().isEmpty() ? null : section.breakdowns().get(0).metric();
        List<String> breakdownCharts = new ArrayList<>();
        for (BreakdownView breakdown : section.breakdowns()) {
            if (breakdown.metric() == charted) {
                breakdownCharts.add(charts.breakdown(charted.titleAr() + " حسب " + dimension(breakdown.dimension()),
                        breakdown));
            }
        }
        String breakdownTitle = charted == null ? "" : "توزيع " + charted.titleAr();
        ReportView.SentimentSummary sentiment = section.sentiment();
        String sentimentLine = sentiment == null ? null
                : "إيجابية " + sentiment.positive() + " · محايدة " + sentiment.neutral() + " · سلبية "
                        + sentiment.negative();
        return new AccountPage(account.displayNameAr(), account.platform().name(), account.handle(), metrics,
                seriesChart, targets, attainmentChart, new Breakdowns(breakdownTitle, breakdownCharts, sentimentLine));
    }

    private static TargetRow target(AttainmentView.Item item) {
        String verdict = item.met() == null ? "لا توجد أرقام" : item.met() ? "تحقق" : "لم يتحقق";
        String css = Boolean.FALSE.equals(item.met()) ? "missed" : "";
        return new TargetRow(item.metric().titleAr(), number(item.target()), number(item.actual()),
                percent(item.attainment(), false), verdict, css);
    }

    private static String dimension(String code) {
        return switch (code) {
            case "ageBracket" -> "الفئة العمرية";
            case "governorate" -> "المحافظة";
            default -> "الجنس";
        };
    }

    private static String day(LocalDate day) {
        return day.toString();
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    static String percent(BigDecimal ratio, boolean signed) {
        if (ratio == null) {
            return "—";
        }
        BigDecimal percent = ratio.movePointRight(2);
        String text = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(percent) + "%";
        return signed && percent.signum() > 0 ? "+" + text : text;
    }
}
