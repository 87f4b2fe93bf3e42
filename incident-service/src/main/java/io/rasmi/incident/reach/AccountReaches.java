package io.rasmi.incident.reach;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.rasmi.events.AccountReach;
import io.rasmi.incident.incidents.Reach;

/**
 * Each account's newest follower count, as kpi-service announces it ({@code io.rasmi.kpi.account-reach.v1}), and
 * the reach of an incident's accounts that the severity is rated by.
 */
@ApplicationScoped
public class AccountReaches {

    @Inject
    EntityManager entityManager;

    @Inject
    ReachConfig config;

    @Inject
    Clock clock;

    /** Keeps the figure unless a newer version is already kept; answers whether it was kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(AccountReach reach) {
        // One statement: two replicas applying figures of one account cannot interleave.
        int applied = entityManager.createNativeQuery("""
                insert into account_reach (account_id, entity, followers, as_of, version, received_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (account_id) do update set entity = excluded.entity, followers = excluded.followers,
                    as_of = excluded.as_of, version = excluded.version, received_at = excluded.received_at
                where account_reach.version < excluded.version
                """)
                .setParameter(1, reach.accountId())
                .setParameter(2, reach.entity())
                .setParameter(3, reach.followers())
                .setParameter(4, reach.asOf())
                .setParameter(5, reach.version())
                .setParameter(6, clock.instant().truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
        return applied > 0;
    }

    /**
     * The reach of these accounts of the entity: that of the largest known follower count. An account with no
     * figure yet may be the largest, so when one is unknown a known SMALL or MODERATE reach says nothing
     * (UNKNOWN); no account, or none known, is UNKNOWN too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Reach reachOf(String entity, Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return Reach.UNKNOWN;
        }
        List<?> followers = entityManager.createNativeQuery(
                "select followers from account_reach where entity = :entity and account_id in (:accounts)")
                .setParameter("entity", entity)
                .setParameter("accounts", List.copyOf(accountIds))
                .getResultList();
        long largest = followers.stream().mapToLong(value -> ((Number) value).longValue()).max().orElse(-1);
        if (largest >= config.largeFollowers()) {
            return Reach.LARGE;
        }
        if (followers.size() < accountIds.size() || largest < 0) {
            return Reach.UNKNOWN;
        }
        return largest < config.smallFollowers() ? Reach.SMALL : Reach.MODERATE;
    }
}
