package io.rasmi.platform.problem;

import java.util.List;

/**
 * A refusal the caller should understand: it becomes a problem answer with a localised title and detail.
 * The detail is a message key (see {@code ProblemMessages}) so it can be said in Arabic and English.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String messageKey;
    private final transient Object[] arguments;
    private final String clause;
    private final List<Problem.Violation> violations;
    private final List<String> clauses;

    public ProblemException(ProblemType type, String messageKey, String clause, List<Problem.Violation> violations,
            Object... arguments) {
        this(type, messageKey, clause, null, violations, arguments);
    }

    private ProblemException(ProblemType type, String messageKey, String clause, List<String> clauses,
            List<Problem.Violation> violations, Object... arguments) {
        // The message is only the key: arguments may hold user input that must not reach logs verbatim.
        super(messageKey, null, false, false);
        this.type = type;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.clause = clause;
        this.clauses = clauses;
        this.violations = violations;
    }

    public static ProblemException notFound(String messageKey, Object... arguments) {
        return new ProblemException(ProblemType.NOT_FOUND, messageKey, null, null, arguments);
    }

    public static ProblemException forbidden(String messageKey, Object... arguments) {
        return new ProblemException(ProblemType.FORBIDDEN, messageKey, null, null, arguments);
    }

    public static ProblemException conflict(String messageKey, Object... arguments) {
        return new ProblemException(ProblemType.CONFLICT, messageKey, null, null, arguments);
    }

    /** A guideline rule is the reason: the answer names the clause. */
    public static ProblemException ruleViolated(String clause, String messageKey, Object... arguments) {
        return new ProblemException(ProblemType.RULE_VIOLATED, messageKey, clause, null, arguments);
    }

    /** A state conflict caused by one or more guideline rules, for example an activation with unmet clauses. */
    public static ProblemException conflictWithClause(String clause, String messageKey, Object... arguments) {
        return new ProblemException(ProblemType.CONFLICT, messageKey, clause, null, arguments);
    }

    /**
     * A state conflict caused by several guideline rules at once: the answer names every one in {@code clauses}
     * and the first, the main one, in {@code clause}.
     */
    public static ProblemException conflictWithClauses(List<String> clauses, String messageKey, Object... arguments) {
        if (clauses == null || clauses.isEmpty()) {
            throw new IllegalArgumentException("At least one clause is the reason");
        }
        return new ProblemException(ProblemType.CONFLICT, messageKey, clauses.get(0), List.copyOf(clauses), null,
                arguments);
    }

    /**
     * Several guideline rules refuse what was sent, each finding a violation of its field: the answer names every
     * clause in {@code clauses} and the first in {@code clause}.
     */
    public static ProblemException rulesViolated(List<String> clauses, List<Problem.Violation> violations,
            String messageKey, Object... arguments) {
        if (clauses == null || clauses.isEmpty()) {
            throw new IllegalArgumentException("At least one clause is the reason");
        }
        return new ProblemException(ProblemType.RULE_VIOLATED, messageKey, clauses.get(0), List.copyOf(clauses),
                List.copyOf(violations), arguments);
    }

    public static ProblemException unprocessable(String messageKey, Object... arguments) {
        return new ProblemException(ProblemType.UNPROCESSABLE, messageKey, null, null, arguments);
    }

    public static ProblemException invalidField(String field, String messageKey, Object... arguments) {
        return new ProblemException(ProblemType.VALIDATION, messageKey, null,
                List.of(new Problem.Violation(field, null)), arguments);
    }

    public static ProblemException preconditionFailed(String messageKey, Object... arguments) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, messageKey, null, null, arguments);
    }

    public ProblemType type() {
        return type;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }

    public String clause() {
        return clause;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    /** Every clause that stands in the way, for a refusal that lists them; null otherwise. */
    public List<String> clauses() {
        return clauses;
    }
}
