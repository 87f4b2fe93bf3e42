package io.rasmi.content.checks;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.content.items.ContentDraft;
import io.rasmi.content.items.ContentItem;
import io.rasmi.platform.problem.Problem;
import io.rasmi.platform.problem.ProblemException;

/**
 * The pre-publication checks applied to stored content items: run on an item's exact content (its checks endpoint
 * and its submission), and the fingerprints the near-duplicate check compares with, kept as items are scheduled,
 * published, withdrawn or edited back to a draft (G7.4).
 */
@ApplicationScoped
public class ItemChecks {

    @Inject
    ContentChecks checks;

    @Inject
    NearDuplicates nearDuplicates;

    /** Every finding for the item as it is stored now, BLOCKERs first. */
    public List<Finding> run(ContentItem item) {
        ContentDraft content = item.draft();
        DraftForChecks draft = checks.forEntity(item.entity)
                .contentId(item.id)
                .accountIds(content.targetAccountIds())
                .plannedAt(content.plannedAt())
                .title(content.title())
                .body(content.body())
                .language(DraftForChecks.Language.valueOf(content.language().toUpperCase(Locale.ROOT)))
                .format(content.format())
                .links(content.links())
                .websiteLink(content.websiteLink())
                .sources(content.sources())
                .media(content.media())
                .build();
        return checks.run(draft);
    }

    /**
     * Refuses with a problem naming every clause a BLOCKER enforces, and each blocker as a violation of its field,
     * when the checks find one.
     */
    public void requireNoBlocker(ContentItem item) {
        List<Finding> blockers = run(item).stream().filter(f -> f.severity() == Severity.BLOCKER).toList();
        if (blockers.isEmpty()) {
            return;
        }
        List<String> clauses = blockers.stream().flatMap(f -> f.clauses().stream()).distinct().toList();
        List<Problem.Violation> violations = blockers.stream()
                .map(f -> new Problem.Violation(f.field(),
                        f.clause() + " " + f.checkId() + ": " + f.messageAr() + " / " + f.messageEn()))
                .toList();
        throw ProblemException.rulesViolated(clauses, violations, "content.checks-blocked", blockers.size());
    }

    /** The item is planned on each of its accounts at its planned time: later drafts are compared with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordScheduled(ContentItem item) {
        ContentDraft content = item.draft();
        for (UUID account : content.targetAccountIds()) {
            nearDuplicates.record(item.id, item.entity, account, text(content), content.plannedAt(),
                    NearDuplicates.Status.SCHEDULED);
        }
    }

    /** The item went out on {@code accountId} at {@code publishedAt}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordPublished(ContentItem item, UUID accountId, Instant publishedAt) {
        nearDuplicates.record(item.id, item.entity, accountId, text(item.draft()), publishedAt,
                NearDuplicates.Status.PUBLISHED);
    }

    /** The item is no longer planned anywhere (withdrawn, or edited back to a draft). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID contentId) {
        nearDuplicates.remove(contentId);
    }

    private static String text(ContentDraft content) {
        return content.title() + "\n" + content.body();
    }
}
