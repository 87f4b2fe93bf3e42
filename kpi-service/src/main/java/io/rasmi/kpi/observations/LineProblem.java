package io.rasmi.kpi.observations;

/**
 * What is wrong with one line of a batch: its number (1-based; the header is line 1 of a CSV; the item's position
 * in a JSON array), the field (null for the whole line) and the message key with its arguments.
 */
record LineProblem(int line, String field, String messageKey, Object... arguments) {

    /** The violation's field as the problem answer names it: {@code line 17: metric}. */
    String violationField() {
        return field == null ? "line " + line : "line " + line + ": " + field;
    }
}
