package io.rasmi.kpi.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rasmi.kpi.targets.TargetPeriod;

/**
 * The week or month a report covers, in days of Asia/Baghdad.
 *
 * <p>A week runs from Saturday to Friday. Iraqi ministries work Sunday to Thursday, with Friday and Saturday off: a
 * Saturday-to-Friday week holds one whole working week, closes on Friday night, and its report (ready early on
 * Saturday) is on the director's desk for the first working day. It is written {@code 2026-W47}, named by the ISO 8601
 * week of its Monday: week 47 of 2026 is Saturday 14 to Friday 20 November 2026, two days ahead of the ISO week.
 * A month is written {@code 2026-11}.
 */
public record ReportPeriod(String code, TargetPeriod kind, LocalDate start, LocalDate end) {

    public static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");

    private static final Pattern WEEK = Pattern.compile("([0-9]{4})-W([0-9]{2})");
    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
    /** Before any platform's analytics; and far enough ahead for any real request. */
    private static final int FIRST_YEAR = 2004;
    private static final int LAST_YEAR = 2999;

    /** The period written {@code code}, or null if it names none. */
    public static ReportPeriod parse(String code) {
        if (code == null) {
            return null;
        }
        Matcher week = WEEK.matcher(code);
        if (week.matches()) {
            int year = Integer.parseInt(week.group(1));
            int number = Integer.parseInt(week.group(2));
            if (year < FIRST_YEAR || year > LAST_YEAR || number < 1) {
                return null;
            }
            LocalDate anyDayOfYear = LocalDate.of(year, 6, 1);
            if (number > anyDayOfYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                return null;
            }
            return weekOfMonday(LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                    .with(DayOfWeek.MONDAY));
        }
        Matcher month = MONTH.matcher(code);
        if (month.matches()) {
            int year = Integer.parseInt(month.group(1));
            int number = Integer.parseInt(month.group(2));
            if (year < FIRST_YEAR || year > LAST_YEAR || number < 1 || number > 12) {
                return null;
            }
            return ofMonth(YearMonth.of(year, number));
        }
        return null;
    }

    /** The Saturday-to-Friday week that holds {@code day}. */
    public static ReportPeriod weekOf(LocalDate day) {
        LocalDate saturday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return weekOfMonday(saturday.plusDays(2));
    }

    public static ReportPeriod monthOf(LocalDate day) {
        return ofMonth(YearMonth.from(day));
    }

    private static ReportPeriod weekOfMonday(LocalDate monday) {
        String code = String.format("%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new ReportPeriod(code, TargetPeriod.WEEK, monday.minusDays(2), monday.plusDays(4));
    }

    private static ReportPeriod ofMonth(YearMonth month) {
        return new ReportPeriod(String.format("%04d-%02d", month.getYear(), month.getMonthValue()), TargetPeriod.MONTH,
                month.atDay(1), month.atEndOfMonth());
    }

    /** The period before: the week or month the report compares with. */
    public ReportPeriod previous() {
        return kind == TargetPeriod.WEEK ? weekOf(start.minusDays(1)) : monthOf(start.minusDays(1));
    }

    /** When the period is over: midnight at the end of its last day in Baghdad. */
    public Instant closesAt() {
        return end.plusDays(1).atStartOfDay(BAGHDAD).toInstant();
    }

    /** The newest period of {@code kind} closed at {@code now} (in Baghdad). */
    public static ReportPeriod lastClosed(TargetPeriod kind, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, BAGHDAD);
        return kind == TargetPeriod.WEEK ? weekOf(today).previous() : monthOf(today).previous();
    }
}
