package io.rasmi.console.staff;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member's page: the member, the trainings they completed (null when they could not be read) and which of the
 * courses G7.6 asks of those who reply to the public they still lack.
 */
public record MemberFile(StaffApi.Member member, List<StaffApi.Training> trainings) {

    /** What G7.6 asks of staff who reply to the public; account-service's {@code TrainingTopic.PUBLIC_INTERACTION}. */
    static final List<String> PUBLIC_INTERACTION = List.of("HATE_SPEECH", "BIAS", "PERSONAL_DATA", "EXTERNAL_LINKS");

    public boolean trainingsUnavailable() {
        return trainings == null;
    }

    /** The G7.6 topics not yet recorded, in the catalogue's order; empty when all are done (or unknown). */
    public List<String> missingForPublicInteraction() {
        if (trainings == null) {
            return List.of();
        }
        Set<String> done = trainings.stream().map(StaffApi.Training::topic).collect(Collectors.toSet());
        return PUBLIC_INTERACTION.stream().filter(topic -> !done.contains(topic)).toList();
    }
}
