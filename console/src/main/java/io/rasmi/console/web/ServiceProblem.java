package io.rasmi.console.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A service's RFC 9457 problem answer as the console reads it: its messages are already in the user's language
 * (the console sends {@code Accept-Language}); {@code violations} name the fields, {@code clause} the guideline rule.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceProblem(String type, String title, int status, String detail, String clause,
        List<String> clauses, List<Violation> violations) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Violation(String field, String message) {
    }

    public List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }

    public List<String> clauses() {
        if (clauses != null && !clauses.isEmpty()) {
            return clauses;
        }
        return clause == null ? List.of() : List.of(clause);
    }
}
