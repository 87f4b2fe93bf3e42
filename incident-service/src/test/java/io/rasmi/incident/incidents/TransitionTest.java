package io.rasmi.incident.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.problem.ProblemType;

class TransitionTest {

    @Test
    void shouldLeadThroughThePhasesInOrder() {
        assertThat(Transition.targetsFrom(IncidentState.REPORTED))
                .containsExactly(IncidentState.TRIAGED, IncidentState.FALSE_POSITIVE);
        assertThat(Transition.targetsFrom(IncidentState.TRIAGED))
                .containsExactly(IncidentState.CONTAINED, IncidentState.FALSE_POSITIVE);
        assertThat(Transition.targetsFrom(IncidentState.CONTAINED)).containsExactly(IncidentState.ERADICATED);
        assertThat(Transition.targetsFrom(IncidentState.ERADICATED)).containsExactly(IncidentState.RECOVERED);
        assertThat(Transition.targetsFrom(IncidentState.RECOVERED)).containsExactly(IncidentState.CLOSED);
    }

    @Test
    void shouldLeaveAnEndedIncidentNowhereToGo() {
        assertThat(Transition.targetsFrom(IncidentState.CLOSED)).isEmpty();
        assertThat(Transition.targetsFrom(IncidentState.FALSE_POSITIVE)).isEmpty();
        assertThat(IncidentState.CLOSED.isOpen()).isFalse();
        assertThat(IncidentState.RECOVERED.isOpen()).isTrue();
    }

    @Test
    void shouldRefuseASkippedPhaseWithAConflictNamingTheAllowedTargets() {
        assertThatThrownBy(() -> Transition.between(IncidentState.REPORTED, IncidentState.CONTAINED))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.CONFLICT);
                    assertThat(List.of(problem.arguments())).contains("TRIAGED, FALSE_POSITIVE");
                });
        assertThat(Transition.between(IncidentState.TRIAGED, IncidentState.FALSE_POSITIVE))
                .isEqualTo(Transition.DISMISSAL);
    }
}
