package io.rasmi.incident.notices;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Every {@link NoticeOutcome} the sender fires, as the timeline's observer will see them. */
@ApplicationScoped
public class RecordedOutcomes {

    private final List<NoticeOutcome> seen = new CopyOnWriteArrayList<>();

    void on(@Observes NoticeOutcome outcome) {
        seen.add(outcome);
    }

    public List<NoticeOutcome> of(UUID noticeId) {
        return seen.stream().filter(outcome -> outcome.noticeId().equals(noticeId)).toList();
    }

    public Optional<NoticeOutcome> first(UUID noticeId) {
        return of(noticeId).stream().findFirst();
    }
}
