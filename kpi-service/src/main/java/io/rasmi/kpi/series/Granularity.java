package io.rasmi.kpi.series;

/** The width of a series' points: a day, an ISO week (from Monday) or a calendar month. */
public enum Granularity {
    DAY("day"), WEEK("week"), MONTH("month");

    private final String code;

    Granularity(String code) {
        this.code = code;
    }

    /** As written in the query and given to PostgreSQL's date_trunc. */
    public String code() {
        return code;
    }

    public static Granularity ofCode(String code) {
        for (Granularity granularity : values()) {
            if (granularity.code.equals(code)) {
                return granularity;
            }
        }
        return null;
    }
}
