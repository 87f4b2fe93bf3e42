package io.rasmi.content.corrections;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.rasmi.content.items.ContentItem;
import io.rasmi.content.items.TargetAccounts;
import io.rasmi.content.lifecycle.Transition;
import io.rasmi.content.publishing.Publication;
import io.rasmi.content.publishing.PublicationService;
import io.rasmi.directory.KnownAccountView;
import io.rasmi.directory.KnownAccounts;
import io.rasmi.events.AccountRole;
import io.rasmi.events.ContentCorrected;
import io.rasmi.events.CorrectionErrorType;
import io.rasmi.events.EventType;
import io.rasmi.events.PrivacyLeakDetected;
import io.rasmi.events.UnauthorizedPostDetected;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.problem.ProblemType;

/**
 * Error correction (G7.5): opens a correction with the procedure the platform capability table and the error type
 * call for ({@link Checklist}), records its steps in order, each by a staff member who holds an ADMIN or PUBLISHER
 * role on the account, and measures the time from detection to the last step. A correction of a content item moves it
 * to CORRECTED when done. Emits {@code io.rasmi.content.unauthorized-post-detected.v1} or
 * {@code io.rasmi.content.privacy-leak-detected.v1} when such a correction is opened, and
 * {@code io.rasmi.content.corrected.v1} when one is done.
 */
@ApplicationScoped
public class CorrectionService {

    /** A detection time a little ahead of this clock is the reporter's clock, not the future. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** The account roles that can edit or delete a post (G6.a); a platform MODERATOR cannot. */
    private static final List<AccountRole> ROLES_THAT_CORRECT = List.of(AccountRole.ADMIN, AccountRole.PUBLISHER);

    @Inject
    Clock clock;

    @Inject
    TargetAccounts targetAccounts;

    @Inject
    KnownAccounts knownAccounts;

    @Inject
    PlatformCapabilities capabilities;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public CorrectionView open(String entity, CorrectionRequest request, String actor) {
        Instant now = now();
        Instant detectedAt = request.detectedAt().truncatedTo(ChronoUnit.MICROS);
        if (detectedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.unprocessable("correction.detected-in-future");
        }
        String url = request.platformPostUrl() == null || request.platformPostUrl().isBlank() ? null
                : request.platformPostUrl().strip();
        if (request.contentId() == null && url == null) {
            throw ProblemException.invalidField("platformPostUrl", "correction.post-required");
        }
        KnownAccountView account = targetAccounts.requireOwn(entity, request.accountId());
        Optional<Publication> publication = publicationOf(entity, request.contentId(), url, account);
        if (url == null) {
            url = publication.orElseThrow().platformPostUrl;
        } else {
            PublicationService.requireOnAccount(url, account);
        }
        Instant publishedAt = publication.map(p -> p.publishedAt).orElse(null);
        if (publishedAt != null && detectedAt.isBefore(publishedAt)) {
            throw ProblemException.unprocessable("correction.detected-before-published", publishedAt);
        }
        if (Correction.count("accountId = ?1 and platformPostUrl = ?2 and state = ?3", account.id(), url,
                Correction.State.OPEN) > 0) {
            throw ProblemException.conflict("correction.already-open");
        }

        boolean inMedia = Boolean.TRUE.equals(request.inMedia());
        Checklist.Choice choice = Checklist.choose(request.errorType(), inMedia, capabilities.of(account.platform()),
                publishedAt, now);
        Correction correction = new Correction();
        correction.id = UUID.randomUUID();
        correction.entity = entity;
        correction.accountId = account.id();
        correction.platform = account.platform();
        correction.contentId = publication.map(p -> p.contentId).orElse(null);
        correction.platformPostUrl = url;
        correction.publishedAt = publishedAt;
        correction.errorType = request.errorType();
        correction.inMedia = inMedia;
        correction.procedure = choice.procedure();
        correction.editableUntil = choice.editableUntil();
        correction.description = request.description().strip();
        correction.detectedAt = detectedAt;
        correction.openedAt = now;
        correction.openedBy = actor;
        correction.state = Correction.State.OPEN;
        Checklist.steps(choice.procedure(), request.errorType())
                .forEach(step -> correction.steps.add(new Correction.Step(step)));
        correction.persist();
        // A second open correction of the same post is refused by a partial unique index, across replicas too.
        Correction.flush();

        announceDetection(correction);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("accountId", correction.accountId.toString());
        details.put("errorType", correction.errorType.name());
        details.put("procedure", correction.procedure.name());
        auditTrail.record(entity, "correction.opened", "correction", correction.id, details);
        return CorrectionView.of(correction);
    }

    /**
     * Marks one step done by the caller, whose staff id must hold an ADMIN or PUBLISHER role on the account (G7.5:
     * "applied by those authorised to edit"). Steps are done in order, each once. The last one closes the correction.
     */
    @Transactional
    public CorrectionView completeStep(String entity, UUID id, String stepName, Optional<UUID> staffId,
            String actorName) {
        Correction correction = Correction.lockForEntity(id, entity);
        Correction.Step step = correction.steps.stream().filter(s -> s.step.name().equals(stepName)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("correction.step-not-found"));
        UUID staff = staffId.orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "correction.no-staff-identity", "G7.5", null));
        if (ROLES_THAT_CORRECT.stream().noneMatch(role -> knownAccounts.holdsRole(correction.accountId, staff, role))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "correction.no-role-on-account", "G7.5", null);
        }
        if (step.done()) {
            throw ProblemException.conflict("correction.step-done");
        }
        Correction.Step next = correction.next().orElseThrow();
        if (next != step) {
            throw ProblemException.conflict("correction.step-out-of-order", next.step.name());
        }
        Instant now = now();
        step.doneAt = now;
        step.doneBy = staff;
        step.doneByName = actorName;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("step", step.step.name());
        details.put("staffId", staff.toString());
        if (correction.next().isEmpty()) {
            finish(correction, now);
            details.put("secondsToCorrect", correction.secondsToCorrect);
        }
        Correction.flush(); // so that the answer carries the new version
        auditTrail.record(entity, "correction.step-done", "correction", correction.id, details);
        return CorrectionView.of(correction);
    }

    @Transactional
    public CorrectionView get(String entity, UUID id) {
        return Correction.findForEntity(id, entity).map(CorrectionView::of)
                .orElseThrow(() -> ProblemException.notFound("correction.not-found"));
    }

    @Transactional
    public Page<CorrectionView> list(String entity, CorrectionFilter filter, PageRequest page) {
        return Page.of(filter.find(entity), page, CorrectionView::of);
    }

    /** Per account and error type, over the corrections the filter keeps (by detection time). */
    @Transactional
    public List<CorrectionStats> stats(String entity, CorrectionFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        filter.conditions(entity, where, parameters);
        var query = entityManager.createQuery("select accountId, errorType, count(*), "
                + "sum(case when state = :done then 1 else 0 end), avg(secondsToCorrect), max(secondsToCorrect) "
                + "from Correction where " + String.join(" and ", where)
                + " group by accountId, errorType order by accountId, errorType", Object[].class);
        parameters.forEach(query::setParameter);
        query.setParameter("done", Correction.State.DONE);
        List<CorrectionStats> stats = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            UUID accountId = (UUID) row[0];
            CorrectionErrorType errorType = (CorrectionErrorType) row[1];
            Long mean = row[4] == null ? null : Math.round(((Number) row[4]).doubleValue());
            Long max = row[5] == null ? null : ((Number) row[5]).longValue();
            stats.add(new CorrectionStats(accountId, errorType, ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue(), mean, median(entity, accountId, errorType, filter), max));
        }
        return stats;
    }

    private Long median(String entity, UUID accountId, CorrectionErrorType errorType, CorrectionFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        new CorrectionFilter(accountId, filter.contentId(), errorType, filter.procedure(), Correction.State.DONE,
                filter.from(), filter.to()).conditions(entity, where, parameters);
        var query = entityManager.createQuery("select secondsToCorrect from Correction where "
                + String.join(" and ", where) + " order by secondsToCorrect", Integer.class);
        parameters.forEach(query::setParameter);
        List<Integer> seconds = query.getResultList();
        if (seconds.isEmpty()) {
            return null;
        }
        int middle = seconds.size() / 2;
        return seconds.size() % 2 == 1 ? seconds.get(middle)
                : Math.round((seconds.get(middle - 1) + (double) seconds.get(middle)) / 2);
    }

    /**
     * The publication the request names: the content item's on the account (the item must be the entity's, 404, and
     * published there, 422), or the recorded publication with that post link, if any.
     */
    private Optional<Publication> publicationOf(String entity, UUID contentId, String url, KnownAccountView account) {
        if (contentId == null) {
            return Publication.find("accountId = ?1 and platformPostUrl = ?2", account.id(), url).firstResultOptional();
        }
        ContentItem item = ContentItem.requireForEntity(contentId, entity);
        Publication publication = Publication.<Publication>find("contentId = ?1 and accountId = ?2", item.id,
                account.id()).firstResultOptional()
                .orElseThrow(() -> ProblemException.unprocessable("correction.not-published-on-account",
                        account.platform(), account.handle()));
        if (url != null && !url.equals(publication.platformPostUrl)) {
            throw ProblemException.unprocessable("correction.url-not-the-publication", publication.platformPostUrl);
        }
        return Optional.of(publication);
    }

    private void announceDetection(Correction correction) {
        if (correction.errorType == CorrectionErrorType.UNAUTHORIZED_POST) {
            outbox.publish(EventType.CONTENT_UNAUTHORIZED_POST_DETECTED, correction.id, correction.entity,
                    new UnauthorizedPostDetected(correction.id, correction.entity, correction.accountId,
                            correction.platform, correction.platformPostUrl, correction.contentId,
                            correction.detectedAt, correction.openedAt));
        } else if (correction.errorType == CorrectionErrorType.PRIVACY_LEAK) {
            outbox.publish(EventType.CONTENT_PRIVACY_LEAK_DETECTED, correction.id, correction.entity,
                    new PrivacyLeakDetected(correction.id, correction.entity, correction.accountId,
                            correction.platform, correction.platformPostUrl, correction.contentId,
                            correction.detectedAt, correction.openedAt));
        }
    }

    /** Every step is done: the correction closes, its time is measured, and its content item is CORRECTED. */
    private void finish(Correction correction, Instant now) {
        correction.state = Correction.State.DONE;
        correction.correctedAt = now;
        correction.secondsToCorrect = (int) Math.max(0, Duration.between(correction.detectedAt, now).getSeconds());
        if (correction.contentId != null) {
            ContentItem item = ContentItem.lockForEntity(correction.contentId, correction.entity);
            // An item published on some of its accounts only (still SCHEDULED) keeps its state; a second correction
            // of a CORRECTED item leaves it CORRECTED.
            if (Transition.CORRECTION.allowedFrom(item.state)) {
                String from = item.state.name();
                item.state = Transition.CORRECTION.to();
                item.updatedAt = now;
                auditTrail.record(item.entity, "content.state-changed", "content-item", item.id,
                        Map.of("from", from, "to", item.state.name(), "correctionId", correction.id.toString()));
            }
        }
        outbox.publish(EventType.CONTENT_CORRECTED, correction.id, correction.entity, new ContentCorrected(
                correction.id, correction.entity, correction.accountId, correction.platform, correction.contentId,
                correction.platformPostUrl, correction.errorType, correction.procedure, correction.detectedAt, now,
                correction.secondsToCorrect));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
