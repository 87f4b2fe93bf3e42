package io.rasmi.console.incidents;

import io.rasmi.console.web.FormErrors;
import io.rasmi.console.web.ServiceProblem;
import java.util.List;
import java.util.Set;

/**
 * A service's problem laid over a form, for the operations screens. Some refusals name a field without a message of
 * their own (the kit's {@code ProblemException.invalidField}: the explanation is the problem's detail), so such a
 * violation is given the detail to show beside its field.
 */
public final class FieldProblems {

    private FieldProblems() {
    }

    public static FormErrors onForm(ServiceProblem problem, Set<String> formFields) {
        String explanation = problem.detail() != null ? problem.detail() : problem.title();
        List<ServiceProblem.Violation> violations = problem.violations().stream()
                .map(v -> v.message() == null ? new ServiceProblem.Violation(v.field(), explanation) : v)
                .toList();
        return FormErrors.of(new ServiceProblem(problem.type(), problem.title(), problem.status(), problem.detail(),
                problem.clause(), problem.clauses(), violations), formFields);
    }
}
