package io.rasmi.console.kpi;

import io.rasmi.console.web.ArabicDigits;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;

/**
 * What the manager asked the dashboard: an account (or the whole entity), a metric, a range of days, the width of
 * a point and the audience dimension. A GET form, so a view can be bookmarked; what was typed is shown again.
 */
public class DashboardQuery {

    public static final Set<String> FIELDS = Set.of("accountId", "metric", "from", "to", "granularity",
            "dimension");

    /** The range shown when none is asked for: the last eight weeks up to today. */
    static final int DEFAULT_DAYS = 56;

    @QueryParam("accountId")
    public String accountId;

    @QueryParam("metric")
    public String metric;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("granularity")
    public String granularity;

    @QueryParam("dimension")
    public String dimension;

    /** Fills what was left out with the defaults, days relative to {@code today}. */
    DashboardQuery withDefaults(LocalDate today) {
        if (blank(metric)) {
            metric = "REACH";
        }
        if (blank(granularity)) {
            granularity = "week";
        }
        if (blank(dimension)) {
            dimension = "ageBracket";
        }
        if (blank(to)) {
            to = today.toString();
        }
        if (blank(from)) {
            LocalDate end = toDate();
            from = (end == null ? today : end).minusDays(DEFAULT_DAYS).toString();
        }
        return this;
    }

    public boolean forAccount() {
        return account() != null;
    }

    UUID account() {
        if (blank(accountId)) {
            return null;
        }
        try {
            return UUID.fromString(accountId.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    LocalDate fromDate() {
        return date(from);
    }

    LocalDate toDate() {
        return date(to);
    }

    /** The field typed that is not a day, or null. */
    String unreadableDate() {
        if (fromDate() == null) {
            return "from";
        }
        return toDate() == null ? "to" : null;
    }

    private static LocalDate date(String typed) {
        if (blank(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(ArabicDigits.toAscii(typed.strip()));
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
