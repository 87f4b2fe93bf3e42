package io.rasmi.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rasmi.console.web.FormErrors;
import io.rasmi.console.web.ServiceProblem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormErrorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldPutEachViolationBesideTheFieldItNames() throws Exception {
        ServiceProblem problem = JSON.readValue("""
                {"type":"https://rasmi.gov.iq/problems/validation","title":"البيانات غير صالحة","status":400,
                 "detail":"حقلان غير صالحين","violations":[
                   {"field":"handle","message":"يجب أن يتكون من 1 إلى 100 حرف"},
                   {"field":"registrationEmail","message":"ليس بريداً إلكترونياً صالحاً"}],
                 "instance":"/api/v1/accounts"}""", ServiceProblem.class);

        FormErrors errors = FormErrors.of(problem, Set.of("handle", "registrationEmail", "platform"));

        assertThat(errors.message("handle")).isEqualTo("يجب أن يتكون من 1 إلى 100 حرف");
        assertThat(errors.message("registrationEmail")).isEqualTo("ليس بريداً إلكترونياً صالحاً");
        assertThat(errors.has("platform")).isFalse();
        assertThat(errors.general()).isEmpty();
    }

    @Test
    void shouldListAViolationOfAFieldTheFormDoesNotShowAboveTheForm() {
        ServiceProblem problem = new ServiceProblem(null, "Invalid", 400, "One field is invalid", null, null,
                java.util.List.of(new ServiceProblem.Violation("postingPlan.postsPerWeek", "must be at least 1")));

        FormErrors errors = FormErrors.of(problem, Set.of("handle"));

        assertThat(errors.fields()).isEmpty();
        assertThat(errors.general()).containsExactly("postingPlan.postsPerWeek: must be at least 1");
    }

    @Test
    void shouldShowTheDetailAndEveryClauseOfARefusalThatNamesNoField() throws Exception {
        ServiceProblem problem = JSON.readValue("""
                {"title":"Conflict","status":409,"detail":"The account cannot be activated yet",
                 "clause":"G5.1","clauses":["G5.1","G6.a","G6.b"]}""", ServiceProblem.class);

        FormErrors errors = FormErrors.of(problem, Set.of());

        assertThat(errors.general()).containsExactly("The account cannot be activated yet");
        assertThat(errors.clauses()).containsExactly("G5.1", "G6.a", "G6.b");
        assertThat(errors.any()).isTrue();
    }

    @Test
    void shouldShowTheDetailBesideAFieldNamedWithoutAMessage() {
        ServiceProblem problem = new ServiceProblem("about:blank", "Invalid request", 400,
                "The period is neither a week (2026-W47) nor a month (2026-11)", null, null,
                List.of(new ServiceProblem.Violation("period", null)));
        FormErrors errors = FormErrors.of(problem, Set.of("period", "format"));
        assertThat(errors.message("period")).isEqualTo("The period is neither a week (2026-W47) nor a month (2026-11)");
        assertThat(errors.general()).isEmpty();
    }

    @Test
    void shouldKeepTheServicesOwnMessagesAndItsClause() {
        ServiceProblem problem = new ServiceProblem("about:blank", "Refused", 422, "detail", "G6.j", null,
                List.of(new ServiceProblem.Violation("summary", "must not be blank"),
                        new ServiceProblem.Violation("evidence[0].url", "must be an https URL")));
        FormErrors errors = FormErrors.of(problem, Set.of("summary"));
        assertThat(errors.message("summary")).isEqualTo("must not be blank");
        assertThat(errors.general()).containsExactly("evidence[0].url: must be an https URL");
        assertThat(errors.clauses()).containsExactly("G6.j");
    }
}
