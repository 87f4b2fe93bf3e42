package io.rasmi.content.publishing;

import io.rasmi.content.checks.ItemChecks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.content.items.ContentItem;
import io.rasmi.content.items.TargetAccounts;
import io.rasmi.content.lifecycle.Transition;
import io.rasmi.directory.KnownAccountView;
import io.rasmi.events.ContentPublished;
import io.rasmi.events.EventType;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.problem.ProblemException;

/**
 * Records what was published where. Only an APPROVED or SCHEDULED item (a FROZEN one waits for its account), only
 * on one of its target accounts, which must be ACTIVE, once per account, and only with a post link on that
 * account's own page: the link must be https, on the account's platform, and if it names an account (as
 * {@code x.com/handle/status/…} does) that must be this one, read the way the public lookup reads profile links
 * ({@link PostUrls}). Once every target account has its publication, the item is PUBLISHED. Each publication
 * emits {@code io.rasmi.content.published.v1}.
 */
@ApplicationScoped
public class PublicationService {

    @Inject
    ItemChecks itemChecks;

    /** A publication time a little ahead of this clock is the publisher's clock, not the future. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    Clock clock;

    @Inject
    TargetAccounts targetAccounts;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    @Transactional
    public PublicationView record(String entity, UUID contentId, PublicationRequest request, String actor) {
        ContentItem item = ContentItem.lockForEntity(contentId, entity);
        KnownAccountView account = targetAccounts.requireOwn(entity, request.accountId());
        if (!item.targetAccountIds.contains(account.id())) {
            throw ProblemException.unprocessable("publication.not-a-target");
        }
        Transition.PUBLICATION.requireAllowedFrom(item.state);
        TargetAccounts.requireActive(account);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant publishedAt = request.publishedAt().truncatedTo(ChronoUnit.MICROS);
        if (publishedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalidField("publishedAt", "publication.in-future");
        }
        String url = request.platformPostUrl().strip();
        requireOnAccount(url, account);
        if (Publication.count("contentId = ?1 and accountId = ?2", item.id, account.id()) > 0) {
            throw ProblemException.conflict("publication.already-recorded");
        }

        Publication publication = new Publication();
        publication.id = UUID.randomUUID();
        publication.contentId = item.id;
        publication.entity = entity;
        publication.accountId = account.id();
        publication.platform = account.platform();
        publication.platformPostUrl = url;
        publication.publishedAt = publishedAt;
        publication.recordedAt = now;
        publication.recordedBy = actor;
        publication.persist();
        itemChecks.recordPublished(item, account.id(), publishedAt);

        Set<UUID> published = Publication.<Publication>list("contentId", item.id).stream()
                .map(p -> p.accountId).collect(Collectors.toSet());
        published.add(account.id());
        if (published.containsAll(item.targetAccountIds)) {
            item.state = Transition.PUBLICATION.to();
            item.updatedAt = now;
        }
        outbox.publish(EventType.CONTENT_PUBLISHED, item.id, entity, new ContentPublished(item.id, entity,
                publication.id, account.id(), account.platform(), url, publishedAt, now));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("accountId", account.id().toString());
        details.put("platformPostUrl", url);
        details.put("state", item.state.name());
        auditTrail.record(entity, "content.published", "content-item", item.id, details);
        return PublicationView.of(publication, item.state);
    }

    @Transactional
    public List<PublicationView> list(String entity, UUID contentId) {
        ContentItem item = ContentItem.requireForEntity(contentId, entity);
        return Publication.<Publication>list("contentId = ?1 order by publishedAt, id", item.id).stream()
                .map(p -> PublicationView.of(p, item.state)).toList();
    }

    /**
     * The link is an https link on the account's own page: on its platform and, where the link names an account,
     * this one; 422 otherwise. Corrections read post links the same way.
     */
    public static void requireOnAccount(String url, KnownAccountView account) {
        if (!PostUrls.isOnAccount(url, account)) {
            throw ProblemException.unprocessable("publication.url-not-on-account", account.platform(),
                    account.handle());
        }
    }
}
