package io.rasmi.content.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rasmi.content.publishing.PostUrls;
import io.rasmi.directory.KnownAccountView;
import io.rasmi.directory.KnownAccounts;
import io.rasmi.events.CommentFlagged;
import io.rasmi.events.CommentReceived;
import io.rasmi.events.EventType;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.problem.Problem;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.problem.ProblemMessages;
import io.rasmi.platform.problem.ProblemType;

/**
 * Takes a batch of comments from a platform export, all or nothing: every line is read and every account checked
 * before anything is stored. A comment is stored once per account and platform comment id (insert or nothing, so two
 * replicas taking the same export at once store it once); each new comment is screened ({@link CommentScreening})
 * and announced ({@code io.rasmi.content.comment-received.v1}, and {@code comment-flagged.v1} when screening found
 * something), in the same transaction. A re-sent export adds nothing and announces nothing.
 */
@ApplicationScoped
public class CommentIntake {

    @Inject
    ModerationConfig config;

    @Inject
    CommentScreening screening;

    @Inject
    KnownAccounts knownAccounts;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    ProblemMessages messages;

    @Inject
    Clock clock;

    @Transactional
    public IntakeReport receive(String entity, JsonNode batch, Locale locale) {
        if (batch == null || !batch.isArray()) {
            throw ProblemException.invalidField("body", "comment.batch-not-array");
        }
        if (batch.isEmpty()) {
            throw ProblemException.invalidField("body", "comment.batch-empty");
        }
        if (batch.size() > config.maxBatch()) {
            throw ProblemException.invalidField("body", "comment.batch-too-large", config.maxBatch());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<CommentLine.Problem> problems = CommentLine.none();
        List<CommentLine> lines = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            CommentLine line = CommentLine.read(i + 1, batch.get(i), now.plus(config.clockSkew()), problems);
            if (line != null) {
                lines.add(line);
            }
        }
        if (!problems.isEmpty()) {
            throw refusal(ProblemType.VALIDATION, "comment.batch-invalid", problems, locale);
        }
        Map<UUID, KnownAccountView> accounts = accounts(entity, lines, locale);
        requirePostsOnTheirAccounts(lines, accounts, locale);

        List<IntakeReport.Line> report = new ArrayList<>();
        Map<String, UUID> seen = new HashMap<>();
        int added = 0;
        int flagged = 0;
        for (CommentLine line : lines) {
            UUID earlier = seen.get(line.key());
            if (earlier != null) { // the same comment twice in one export
                report.add(new IntakeReport.Line(line.line(), earlier, false, false));
                continue;
            }
            KnownAccountView account = accounts.get(line.accountId());
            List<ScreeningFinding> findings = screening.screen(entity, line.text());
            Comment comment = comment(entity, account, line, findings, now);
            if (insertIfNew(comment)) {
                seen.put(line.key(), comment.id);
                added++;
                announce(comment, findings, now);
                if (!findings.isEmpty()) {
                    flagged++;
                }
                report.add(new IntakeReport.Line(line.line(), comment.id, true, !findings.isEmpty()));
            } else {
                UUID known = existing(line);
                seen.put(line.key(), known);
                report.add(new IntakeReport.Line(line.line(), known, false, false));
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("received", lines.size());
        details.put("added", added);
        details.put("flagged", flagged);
        details.put("accounts", new TreeSet<>(accounts.keySet()).stream().map(UUID::toString).toList());
        auditTrail.record(entity, "comments.received", "comment-batch", UUID.randomUUID(), details);
        return new IntakeReport(lines.size(), added, lines.size() - added, flagged, report);
    }

    /** Every account of the batch, which must all be the entity's: 404 naming each line of another one. */
    private Map<UUID, KnownAccountView> accounts(String entity, List<CommentLine> lines, Locale locale) {
        Map<UUID, Optional<KnownAccountView>> found = new HashMap<>();
        List<CommentLine.Problem> unknown = new ArrayList<>();
        for (CommentLine line : lines) {
            Optional<KnownAccountView> account = found.computeIfAbsent(line.accountId(),
                    id -> knownAccounts.findForEntity(id, entity));
            if (account.isEmpty()) {
                unknown.add(new CommentLine.Problem(line.line(), "accountId", "comment.account-unknown"));
            }
        }
        if (!unknown.isEmpty()) {
            throw refusal(ProblemType.NOT_FOUND, "comment.batch-account-not-found", unknown, locale);
        }
        Map<UUID, KnownAccountView> accounts = new HashMap<>();
        found.forEach((id, account) -> accounts.put(id, account.orElseThrow()));
        return accounts;
    }

    /**
     * A comment's post must be on its account's own pages ({@link PostUrls}: https, the account's platform and,
     * where the link names an account, this one), or the export mixed up accounts: 400 naming each such line.
     */
    private void requirePostsOnTheirAccounts(List<CommentLine> lines, Map<UUID, KnownAccountView> accounts,
            Locale locale) {
        List<CommentLine.Problem> elsewhere = new ArrayList<>();
        for (CommentLine line : lines) {
            KnownAccountView account = accounts.get(line.accountId());
            if (line.postUrl() != null && !PostUrls.isOnAccount(line.postUrl(), account)) {
                elsewhere.add(new CommentLine.Problem(line.line(), "postUrl", "comment.post-url-not-on-account",
                        account.platform().name(), account.handle()));
            }
        }
        if (!elsewhere.isEmpty()) {
            throw refusal(ProblemType.VALIDATION, "comment.batch-invalid", elsewhere, locale);
        }
    }

    private Comment comment(String entity, KnownAccountView account, CommentLine line,
            List<ScreeningFinding> findings, Instant now) {
        Comment comment = new Comment();
        comment.id = UUID.randomUUID();
        comment.entity = entity;
        comment.accountId = account.id();
        comment.platform = account.platform();
        comment.platformCommentId = line.platformCommentId();
        comment.postUrl = line.postUrl();
        comment.authorHandle = line.authorHandle();
        comment.text = line.text();
        comment.language = CommentLanguage.of(line.text());
        comment.commentedAt = line.at();
        comment.receivedAt = now;
        comment.flagged = !findings.isEmpty();
        comment.findings = json(findings);
        comment.status = CommentStatus.NEW;
        return comment;
    }

    /** Stores the comment unless the account already has it; whether it was stored. */
    private boolean insertIfNew(Comment comment) {
        return entityManager.createNativeQuery("insert into moderation_comment (id, entity, account_id, platform, "
                + "platform_comment_id, post_url, author_handle, text, language, commented_at, received_at, flagged, "
                + "findings, status, version) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 0) "
                + "on conflict (account_id, platform_comment_id) do nothing")
                .setParameter(1, comment.id)
                .setParameter(2, comment.entity)
                .setParameter(3, comment.accountId)
                .setParameter(4, comment.platform.name())
                .setParameter(5, comment.platformCommentId)
                .setParameter(6, comment.postUrl)
                .setParameter(7, comment.authorHandle)
                .setParameter(8, comment.text)
                .setParameter(9, comment.language)
                .setParameter(10, comment.commentedAt)
                .setParameter(11, comment.receivedAt)
                .setParameter(12, comment.flagged)
                .setParameter(13, comment.findings)
                .setParameter(14, comment.status.name())
                .executeUpdate() == 1;
    }

    private UUID existing(CommentLine line) {
        return entityManager.createQuery("select c.id from Comment c where c.accountId = ?1 "
                + "and c.platformCommentId = ?2", UUID.class)
                .setParameter(1, line.accountId())
                .setParameter(2, line.platformCommentId())
                .getSingleResult();
    }

    private void announce(Comment comment, List<ScreeningFinding> findings, Instant now) {
        outbox.publish(EventType.CONTENT_COMMENT_RECEIVED, comment.id, comment.entity,
                new CommentReceived(comment.id, comment.entity, comment.accountId, comment.platform,
                        comment.platformCommentId, comment.postUrl, comment.text, comment.language,
                        comment.commentedAt, now));
        if (findings.isEmpty()) {
            return;
        }
        List<CommentFlagged.Reason> reasons = findings.stream().map(f -> f.kind().reason()).distinct().sorted()
                .toList();
        List<String> clauses = findings.stream().flatMap(f -> f.clauses().stream()).distinct().sorted().toList();
        outbox.publish(EventType.CONTENT_COMMENT_FLAGGED, comment.id, comment.entity,
                new CommentFlagged(comment.id, comment.entity, comment.accountId, comment.platform,
                        comment.platformCommentId, comment.postUrl, reasons, clauses, comment.commentedAt, now));
    }

    private ProblemException refusal(ProblemType type, String key, List<CommentLine.Problem> problems,
            Locale locale) {
        List<Problem.Violation> violations = problems.stream()
                .map(problem -> new Problem.Violation(problem.violationField(),
                        messages.text(problem.messageKey(), locale, java.util.Arrays.stream(problem.arguments())
                                .map(argument -> argument instanceof Number n ? n.toString() : argument)
                                .toArray())))
                .toList();
        return new ProblemException(type, key, null, violations, String.valueOf(problems.size()));
    }

    private String json(List<ScreeningFinding> findings) {
        try {
            return objectMapper.writeValueAsString(findings);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
