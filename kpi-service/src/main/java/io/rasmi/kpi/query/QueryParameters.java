package io.rasmi.kpi.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.rasmi.kpi.series.Granularity;
import io.rasmi.kpi.series.ObservationQueries;
import io.rasmi.platform.problem.ProblemException;

/** The query parameters the sentiment and posts series share with the KPI series, refused as they are there. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static Granularity granularity(String text) {
        Granularity width = text == null ? Granularity.DAY : Granularity.ofCode(text);
        if (width == null) {
            throw ProblemException.invalidField("granularity", "kpi.query.granularity");
        }
        return width;
    }

    public static UUID uuid(String name, String text) {
        try {
            if (text != null && text.length() == 36) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException notUuid) {
            // answered below
        }
        throw ProblemException.invalidField(name, "kpi.query.not-uuid");
    }

    public static LocalDate date(String name, String text) {
        try {
            if (text != null) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException notDate) {
            // answered below
        }
        throw ProblemException.invalidField(name, "kpi.line.not-date");
    }

    /** From no later than to, at most {@link ObservationQueries#MAX_DAYS} apart. */
    public static void checkRange(LocalDate from, LocalDate to) {
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) > ObservationQueries.MAX_DAYS) {
            throw ProblemException.invalidField("to", "kpi.query.range", String.valueOf(ObservationQueries.MAX_DAYS));
        }
    }

    /** A date column as PostgreSQL's driver answers it. */
    public static LocalDate day(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
