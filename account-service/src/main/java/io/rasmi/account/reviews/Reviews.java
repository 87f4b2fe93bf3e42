package io.rasmi.account.reviews;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.ReviewKind;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;

/** Reviews of accounts' settings, access history and role holders (G6.h), and when the next of each is due. */
@ApplicationScoped
public class Reviews {

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ReviewCadence cadence;

    @Transactional
    public ReviewView record(String entityCode, UUID accountId, ReviewRequest request, String actor) {
        OfficialAccount account = OfficialAccount.requireForEntity(accountId, entityCode);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (request.reviewedAt().isAfter(now)) {
            throw ProblemException.invalidField("reviewedAt", "review.in-future");
        }
        account.requireNotArchived();
        AccountReview review = new AccountReview();
        review.id = UUID.randomUUID();
        review.accountId = account.id;
        review.entityCode = entityCode;
        review.kind = request.kind();
        review.reviewedAt = request.reviewedAt().truncatedTo(ChronoUnit.MICROS);
        review.findings = request.findings().strip();
        review.evidenceUrl = request.evidenceUrl();
        review.recordedAt = now;
        review.recordedBy = actor;
        review.persist();
        auditTrail.record(entityCode, "account.reviewed", "official-account", account.id,
                Map.of("review", review.id.toString(), "kind", review.kind.name(),
                        "reviewedAt", review.reviewedAt.toString()));
        return ReviewView.of(review);
    }

    @Transactional
    public Page<ReviewView> list(String entityCode, UUID accountId, ReviewKind kind, PageRequest page) {
        OfficialAccount account = OfficialAccount.requireForEntity(accountId, entityCode);
        return Page.of(AccountReview.ofAccount(account.id, kind), page, ReviewView::of);
    }

    @Transactional
    public ReviewView get(String entityCode, UUID accountId, UUID reviewId) {
        OfficialAccount account = OfficialAccount.requireForEntity(accountId, entityCode);
        AccountReview review = AccountReview.findById(reviewId);
        if (review == null || !review.accountId.equals(account.id)) {
            throw ProblemException.notFound("review.not-found");
        }
        return ReviewView.of(review);
    }

    /** Whether review kind {@code kind} of account {@code accountId} is overdue as of {@code asOf}. */
    @Transactional
    public boolean isOverdue(UUID accountId, ReviewKind kind, Instant asOf) {
        return due(accountId, kind, asOf).overdue();
    }

    /**
     * Where the account stands with review kind {@code kind} as of {@code asOf}: the cadence counts from the latest
     * review, or from the first activation of a never-reviewed account. Accounts that were never active, and
     * archived ones, have nothing due.
     */
    @Transactional
    public ReviewDue due(UUID accountId, ReviewKind kind, Instant asOf) {
        OfficialAccount account = OfficialAccount.findById(accountId);
        if (account == null) {
            throw new IllegalArgumentException("No account " + accountId);
        }
        Instant last = AccountReview.latest(accountId, kind, asOf).map(review -> review.reviewedAt).orElse(null);
        Instant since = last != null ? last : account.firstActivatedAt;
        if (since == null || account.status == AccountStatus.ARCHIVED) {
            return new ReviewDue(kind, last, null, false);
        }
        Instant dueAt = since.plus(cadence.cadence());
        return new ReviewDue(kind, last, dueAt, asOf.isAfter(dueAt));
    }
}
