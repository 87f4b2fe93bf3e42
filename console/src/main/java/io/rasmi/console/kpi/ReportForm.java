package io.rasmi.console.kpi;

import io.rasmi.console.web.ArabicDigits;
import jakarta.ws.rs.QueryParam;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Which report to download: a week ({@code 2026-W47}) or a month ({@code 2026-11}), as PDF or CSV. The periods
 * offered first are the last closed ones, written as kpi-service writes them.
 */
public class ReportForm {

    public static final Set<String> FIELDS = Set.of("period", "format");

    @QueryParam("period")
    public String period;

    @QueryParam("format")
    public String format;

    public boolean asked() {
        return period != null && !period.isBlank();
    }

    String periodCode() {
        return ArabicDigits.toAscii(period.strip());
    }

    boolean csv() {
        return "csv".equalsIgnoreCase(format);
    }

    String mediaType() {
        return csv() ? "text/csv" : "application/pdf";
    }

    String fileName() {
        return "report-" + periodCode().replaceAll("[^0-9A-Za-z-]", "") + (csv() ? ".csv" : ".pdf");
    }

    /**
     * The last week closed by {@code today}: a week runs Saturday to Friday and is named after the ISO week of its
     * Monday (kpi-service's {@code ReportPeriod}).
     */
    public static String lastWeek(LocalDate today) {
        LocalDate friday = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        LocalDate monday = friday.minusDays(4);
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The last month closed by {@code today}. */
    public static String lastMonth(LocalDate today) {
        LocalDate month = today.minusMonths(1);
        return String.format("%d-%02d", month.getYear(), month.getMonthValue());
    }
}
