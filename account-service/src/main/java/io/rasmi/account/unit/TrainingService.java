package io.rasmi.account.unit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;

/** Training records of the unit's members, and the G7.6 question the posture report asks of them. */
@ApplicationScoped
public class TrainingService {

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Caller caller;

    @Transactional
    public TrainingView record(String entityCode, UUID staffId, RecordTrainingRequest request) {
        StaffMember staff = StaffService.find(entityCode, staffId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant completedAt = request.completedAt().truncatedTo(ChronoUnit.MICROS);
        if (completedAt.isAfter(now)) {
            throw ProblemException.invalidField("completedAt", "training.completed-in-future");
        }
        if (StaffTraining.count("staffId = ?1 and topic = ?2 and completedAt = ?3", staff.id, request.topic(),
                completedAt) > 0) {
            throw ProblemException.conflict("training.already-recorded");
        }
        StaffTraining training = new StaffTraining();
        training.id = UUID.randomUUID();
        training.staffId = staff.id;
        training.entityCode = entityCode;
        training.topic = request.topic();
        training.completedAt = completedAt;
        training.evidenceUrl = request.evidenceUrl();
        training.recordedAt = now;
        training.recordedBy = caller.username();
        training.persist();
        auditTrail.record(entityCode, "staff.training-recorded", "staff-member", staff.id,
                Map.of("topic", training.topic.name(), "completedAt", completedAt.toString()));
        return TrainingView.of(training);
    }

    @Transactional
    public Page<TrainingView> list(String entityCode, UUID staffId, PageRequest page) {
        StaffMember staff = StaffService.find(entityCode, staffId);
        return Page.of(StaffTraining.find("staffId = ?1 order by completedAt desc, id", staff.id), page,
                TrainingView::of);
    }

    /**
     * For the posture report (G7.6): the topics of {@link TrainingTopic#PUBLIC_INTERACTION} (hate speech, bias,
     * personal data, external links) that this member has <em>not</em> completed on or before {@code asOf}. Empty
     * means trained. A member of no entity, or one who does not exist, has completed nothing. Trainings do not
     * expire. Joins the caller's transaction if there is one.
     */
    @Transactional
    public Set<TrainingTopic> missingInteractionTopics(UUID staffId, Instant asOf) {
        List<TrainingTopic> done = StaffTraining.getEntityManager()
                .createQuery("select distinct t.topic from StaffTraining t where t.staffId = :staff "
                        + "and t.completedAt <= :asOf", TrainingTopic.class)
                .setParameter("staff", staffId).setParameter("asOf", asOf)
                .getResultList();
        Set<TrainingTopic> missing = EnumSet.copyOf(TrainingTopic.PUBLIC_INTERACTION);
        done.forEach(missing::remove);
        return missing;
    }

    /** For the posture report (G7.6): whether the member completed every public-interaction topic by {@code asOf}. */
    @Transactional
    public boolean completedInteractionTraining(UUID staffId, Instant asOf) {
        return missingInteractionTopics(staffId, asOf).isEmpty();
    }
}
