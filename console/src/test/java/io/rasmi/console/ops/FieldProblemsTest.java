package io.rasmi.console.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasmi.console.incidents.FieldProblems;
import io.rasmi.console.web.FormErrors;
import io.rasmi.console.web.ServiceProblem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldProblemsTest {

    @Test
    void shouldShowTheDetailBesideAFieldNamedWithoutAMessage() {
        ServiceProblem problem = new ServiceProblem("about:blank", "Invalid request", 400,
                "The period is neither a week (2026-W47) nor a month (2026-11)", null, null,
                List.of(new ServiceProblem.Violation("period", null)));
        FormErrors errors = FieldProblems.onForm(problem, Set.of("period", "format"));
        assertThat(errors.message("period")).isEqualTo("The period is neither a week (2026-W47) nor a month (2026-11)");
        assertThat(errors.general()).isEmpty();
    }

    @Test
    void shouldKeepTheServicesOwnMessagesAndItsClause() {
        ServiceProblem problem = new ServiceProblem("about:blank", "Refused", 422, "detail", "G6.j", null,
                List.of(new ServiceProblem.Violation("summary", "must not be blank"),
                        new ServiceProblem.Violation("evidence[0].url", "must be an https URL")));
        FormErrors errors = FieldProblems.onForm(problem, Set.of("summary"));
        assertThat(errors.message("summary")).isEqualTo("must not be blank");
        assertThat(errors.general()).containsExactly("evidence[0].url: must be an https URL");
        assertThat(errors.clauses()).containsExactly("G6.j");
    }
}
