package io.rasmi.console.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A problem answer laid over a form: each violation beside the field it names, and what names no field of the form
 * (the detail, a clause, a violation of a field the form does not show) above the form. Some refusals name a field
 * without a message of their own (the kit's {@code ProblemException.invalidField}: the explanation is the problem's
 * detail), so such a violation shows the detail beside its field.
 */
public record FormErrors(Map<String, String> fields, List<String> general, List<String> clauses) {

    public static final FormErrors NONE = new FormErrors(Map.of(), List.of(), List.of());

    /** {@code problem} mapped onto a form that shows {@code formFields}. */
    public static FormErrors of(ServiceProblem problem, Set<String> formFields) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        String explanation = problem.detail() != null ? problem.detail() : problem.title();
        for (ServiceProblem.Violation violation : problem.violations()) {
            String field = violation.field();
            String message = violation.message() != null ? violation.message() : explanation;
            if (field != null && formFields.contains(field)) {
                fields.merge(field, message, (first, next) -> first.equals(next) ? first : first + " " + next);
            } else {
                general.add(field == null ? message : field + ": " + message);
            }
        }
        if (fields.isEmpty() && general.isEmpty()) {
            general.add(problem.detail() != null ? problem.detail() : problem.title());
        }
        return new FormErrors(Map.copyOf(fields), List.copyOf(general), problem.clauses());
    }

    /** A message that names no field (the service could not be reached, say). */
    public static FormErrors general(String message) {
        return new FormErrors(Map.of(), List.of(message), List.of());
    }

    public boolean any() {
        return !fields.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The message beside {@code field}, or null. */
    public String message(String field) {
        return fields.get(field);
    }
}
