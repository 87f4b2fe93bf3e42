package io.rasmi.content.corrections;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.rasmi.events.CorrectionErrorType;
import io.rasmi.events.CorrectionProcedure;
import io.rasmi.platform.problem.ProblemException;

/**
 * The filters of the correction list and stats: account, content item, error type, procedure, state, and a window of
 * detection times ({@code from} inclusive, {@code to} exclusive). A value of the wrong form answers 400.
 */
public record CorrectionFilter(UUID accountId, UUID contentId, CorrectionErrorType errorType,
        CorrectionProcedure procedure, Correction.State state, Instant from, Instant to) {

    public static CorrectionFilter of(String accountId, String contentId, String errorType, String procedure,
            String state, String from, String to) {
        Instant fromTime = instant("from", from);
        Instant toTime = instant("to", to);
        if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
            throw ProblemException.invalidField("to", "correction.window-empty");
        }
        return new CorrectionFilter(uuid("accountId", accountId), uuid("contentId", contentId),
                constant("errorType", errorType, CorrectionErrorType.class),
                constant("procedure", procedure, CorrectionProcedure.class),
                constant("state", state, Correction.State.class), fromTime, toTime);
    }

    PanacheQuery<Correction> find(String entity) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        conditions(entity, where, parameters);
        return Correction.find(String.join(" and ", where) + " order by detectedAt desc, id", parameters);
    }

    /** The JPQL conditions and their parameters, on a {@code Correction} read without an alias. */
    void conditions(String entity, List<String> where, Map<String, Object> parameters) {
        where.add("entity = :entity");
        parameters.put("entity", entity);
        add(where, parameters, "accountId", accountId);
        add(where, parameters, "contentId", contentId);
        add(where, parameters, "errorType", errorType);
        add(where, parameters, "procedure", procedure);
        add(where, parameters, "state", state);
        if (from != null) {
            where.add("detectedAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.add("detectedAt < :to");
            parameters.put("to", to);
        }
    }

    private static void add(List<String> where, Map<String, Object> parameters, String field, Object value) {
        if (value != null) {
            where.add(field + " = :" + field);
            parameters.put(field, value);
        }
    }

    private static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.invalidField(field, "request.invalid-value", field);
        }
    }

    private static <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalidField(field, "request.invalid-value", field);
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException notATime) {
            throw ProblemException.invalidField(field, "request.invalid-value", field);
        }
    }
}
