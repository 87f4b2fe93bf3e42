package io.rasmi.content.lifecycle;

import static io.rasmi.events.ContentState.APPROVED;
import static io.rasmi.events.ContentState.CHANGES_REQUESTED;
import static io.rasmi.events.ContentState.CORRECTED;
import static io.rasmi.events.ContentState.DRAFT;
import static io.rasmi.events.ContentState.FROZEN;
import static io.rasmi.events.ContentState.PUBLISHED;
import static io.rasmi.events.ContentState.SCHEDULED;
import static io.rasmi.events.ContentState.SUBMITTED;
import static io.rasmi.events.ContentState.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import io.rasmi.events.ContentState;
import io.rasmi.platform.problem.ProblemException;

/** The lifecycle table itself: plain unit test, no application. */
class TransitionTest {

    @Test
    void shouldLeadEveryStateSomewhereExceptWithdrawn() {
        for (ContentState state : ContentState.values()) {
            boolean leaves = Arrays.stream(Transition.values()).anyMatch(t -> t.allowedFrom(state));
            assertThat(leaves).as(state.name()).isEqualTo(state != WITHDRAWN);
        }
    }

    @Test
    void shouldReachEveryStateButDraftThroughSomeTransition() {
        EnumSet<ContentState> reached = EnumSet.noneOf(ContentState.class);
        Arrays.stream(Transition.values()).forEach(t -> reached.add(t.to()));
        assertThat(reached).containsExactlyInAnyOrder(ContentState.values());
    }

    @Test
    void shouldSubmitOnlyDraftsAndItemsSentBack() {
        assertThat(Transition.SUBMISSION.from()).containsExactlyInAnyOrder(DRAFT, CHANGES_REQUESTED);
        assertThat(Transition.APPROVAL.from()).containsExactly(SUBMITTED);
        assertThat(Transition.CHANGES_REQUEST.from()).containsExactly(SUBMITTED);
    }

    @Test
    void shouldReturnEveryEditedItemBeforePublicationToDraft() {
        assertThat(Transition.REVISION.to()).isEqualTo(DRAFT);
        assertThat(Transition.REVISION.from())
                .containsExactlyInAnyOrder(SUBMITTED, CHANGES_REQUESTED, APPROVED, SCHEDULED, FROZEN);
        for (ContentState out : EnumSet.of(PUBLISHED, CORRECTED, WITHDRAWN)) {
            assertThat(Transition.editable(out)).as(out.name()).isFalse();
        }
        assertThat(Transition.editable(DRAFT)).isTrue();
    }

    @Test
    void shouldPublishOnlyApprovedOrScheduledItemsAndNeverFrozenOnes() {
        assertThat(Transition.PUBLICATION.from()).containsExactlyInAnyOrder(APPROVED, SCHEDULED);
        assertThat(Transition.FREEZE.from()).containsExactly(SCHEDULED);
        assertThat(Transition.FREEZE.to()).isEqualTo(FROZEN);
        assertThat(Transition.THAW.from()).containsExactly(FROZEN);
        assertThat(Transition.THAW.to()).isEqualTo(SCHEDULED);
        assertThat(Transition.SCHEDULING.from()).containsExactly(APPROVED);
        assertThat(Transition.CORRECTION.from()).containsExactly(PUBLISHED);
    }

    @Test
    void shouldWithdrawFromAnyStateButWithdrawn() {
        assertThat(Transition.WITHDRAWAL.from()).isEqualTo(EnumSet.complementOf(EnumSet.of(WITHDRAWN)));
        assertThatThrownBy(() -> Transition.WITHDRAWAL.requireAllowedFrom(WITHDRAWN))
                .isInstanceOf(ProblemException.class);
    }
}
