package io.rasmi.content.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import io.rasmi.directory.KnownAccounts;
import io.rasmi.platform.problem.ProblemException;

/**
 * Time to first response per account (G7.8): from the time a comment was made to its first recorded reply, as the
 * median and 90th percentile, and the share answered within the target ({@code content.moderation.response-target},
 * 24 hours by default). Computed by PostgreSQL over the comments made in the window.
 */
@ApplicationScoped
public class ResponseStatistics {

    /** The longest window. */
    static final Duration MAX_WINDOW = Duration.ofDays(366);
    static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    @Inject
    ModerationConfig config;

    @Inject
    KnownAccounts knownAccounts;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public ResponseStats of(String entity, String accountId, String fromParam, String toParam) {
        Instant now = clock.instant();
        Instant to = toParam == null || toParam.isBlank() ? now : instant(toParam, "to");
        Instant from = fromParam == null || fromParam.isBlank() ? to.minus(DEFAULT_WINDOW) : instant(fromParam, "from");
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw ProblemException.invalidField("to", "moderation.window-invalid", MAX_WINDOW.toDays());
        }
        UUID account = null;
        if (accountId != null && !accountId.isBlank()) {
            try {
                account = UUID.fromString(accountId.strip());
            } catch (IllegalArgumentException notAnId) {
                throw ProblemException.invalidField("accountId", "request.invalid-value", "accountId");
            }
            knownAccounts.findForEntity(account, entity)
                    .orElseThrow(() -> ProblemException.notFound("account.not-found"));
        }
        Duration target = config.responseTarget();
        long targetSeconds = target.toSeconds();
        Query query = entityManager.createNativeQuery("select account_id, count(*), "
                + "count(*) filter (where first_reply_at is not null), "
                + "count(*) filter (where first_reply_at is not null "
                + "  and extract(epoch from first_reply_at - commented_at) <= :target), "
                + "count(*) filter (where first_reply_at is null and status in ('NEW', 'ESCALATED') "
                + "  and commented_at < :overdueBefore), "
                + "count(*) filter (where first_reply_at is null and status in ('HIDDEN', 'NO_ACTION')), "
                + "percentile_cont(0.5) within group (order by greatest(0, extract(epoch from first_reply_at - "
                + "  commented_at))) filter (where first_reply_at is not null), "
                + "percentile_cont(0.9) within group (order by greatest(0, extract(epoch from first_reply_at - "
                + "  commented_at))) filter (where first_reply_at is not null) "
                + "from moderation_comment where entity = :entity and commented_at >= :from and commented_at < :to "
                + (account == null ? "" : "and account_id = :account ")
                + "group by account_id order by account_id")
                .setParameter("target", targetSeconds)
                .setParameter("overdueBefore", now.minus(target))
                .setParameter("entity", entity)
                .setParameter("from", from)
                .setParameter("to", to);
        if (account != null) {
            query.setParameter("account", account);
        }
        List<ResponseStats.AccountStats> accounts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            long answered = number(columns[2]);
            long within = number(columns[3]);
            long overdue = number(columns[4]);
            long needing = answered + overdue;
            accounts.add(new ResponseStats.AccountStats((UUID) columns[0], number(columns[1]), answered, within,
                    overdue, number(columns[5]), decimal(columns[6]), decimal(columns[7]),
                    needing == 0 ? null : (double) within / needing));
        }
        return new ResponseStats(from, to, target.toString(), accounts);
    }

    private static Instant instant(String value, String field) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException notATime) {
            throw ProblemException.invalidField(field, "request.invalid-value", field);
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
