package io.rasmi.kpi.observations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of a batch as it was written, before its values are checked: text fields by name, and what was wrong
 * with its shape (an unknown field, a number where text belongs).
 */
record RawLine(int number, String accountId, String date, String metric, String value, String ageBracket,
        String governorate, String gender, List<LineProblem> shapeProblems) {

    static final String ACCOUNT_ID = "accountId";
    static final String DATE = "date";
    static final String METRIC = "metric";
    static final String VALUE = "value";
    static final String DIMENSIONS = "dimensions";
    static final String AGE_BRACKET = "ageBracket";
    static final String GOVERNORATE = "governorate";
    static final String GENDER = "gender";

    /** A line of a JSON array or of NDJSON: {accountId, date, metric, value, dimensions: {…}}. */
    static RawLine ofJson(int number, JsonNode node) {
        List<LineProblem> problems = new ArrayList<>(0);
        if (!node.isObject()) {
            problems.add(new LineProblem(number, null, "kpi.line.not-object"));
            return new RawLine(number, null, null, null, null, null, null, null, problems);
        }
        String accountId = null;
        String date = null;
        String metric = null;
        String value = null;
        String ageBracket = null;
        String governorate = null;
        String gender = null;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode content = field.getValue();
            switch (field.getKey()) {
                case ACCOUNT_ID -> accountId = text(number, ACCOUNT_ID, content, problems);
                case DATE -> date = text(number, DATE, content, problems);
                case METRIC -> metric = text(number, METRIC, content, problems);
                case VALUE -> {
                    if (content.isNumber()) {
                        value = content.decimalValue().toPlainString();
                    } else if (!content.isNull()) {
                        problems.add(new LineProblem(number, VALUE, "kpi.line.not-number"));
                    }
                }
                case DIMENSIONS -> {
                    if (content.isObject()) {
                        for (Map.Entry<String, JsonNode> dimension : content.properties()) {
                            String name = DIMENSIONS + "." + dimension.getKey();
                            switch (dimension.getKey()) {
                                case AGE_BRACKET -> ageBracket = text(number, name, dimension.getValue(), problems);
                                case GOVERNORATE -> governorate = text(number, name, dimension.getValue(), problems);
                                case GENDER -> gender = text(number, name, dimension.getValue(), problems);
                                default -> problems.add(new LineProblem(number, name, "kpi.line.unknown-field"));
                            }
                        }
                    } else if (!content.isNull()) {
                        problems.add(new LineProblem(number, DIMENSIONS, "kpi.line.not-object"));
                    }
                }
                default -> problems.add(new LineProblem(number, field.getKey(), "kpi.line.unknown-field"));
            }
        }
        return new RawLine(number, accountId, date, metric, value, ageBracket, governorate, gender, problems);
    }

    private static String text(int number, String field, JsonNode content, List<LineProblem> problems) {
        if (content.isNull()) {
            return null;
        }
        if (!content.isTextual()) {
            problems.add(new LineProblem(number, field, "kpi.line.not-text"));
            return null;
        }
        return content.textValue();
    }
}
