package io.rasmi.account.state;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.rasmi.account.keys.RoleHolder;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.account.reviews.AccountVerification;
import io.rasmi.events.AccountState;
import io.rasmi.events.EventType;
import io.rasmi.platform.outbox.Outbox;

/**
 * The one way to publish an event that changes what read models know of an account: it writes the event and then
 * the account's whole state for the compacted topic {@code rasmi.account.state.v1}, both through the outbox in the
 * caller's transaction. Registration, profile changes, the verified badge, every lifecycle transition and role
 * holders all come through here, so no change path can forget the state.
 */
@ApplicationScoped
public class AccountStatePublisher {

    /** The account events after which the account's state differs. */
    static final Set<EventType> STATE_CHANGES = EnumSet.of(EventType.ACCOUNT_REGISTERED, EventType.ACCOUNT_UPDATED,
            EventType.ACCOUNT_STATUS_CHANGED, EventType.ACCOUNT_ROLE_HOLDER_ADDED,
            EventType.ACCOUNT_ROLE_HOLDER_REMOVED);

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Writes {@code payload} as an event of {@code type} about the account, then the account's new state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(EventType type, OfficialAccount account, Object payload) {
        if (!STATE_CHANGES.contains(type)) {
            throw new IllegalArgumentException(type.type() + " does not change the account's state");
        }
        outbox.publish(type, account.id, account.entityCode, payload);
        publishState(account);
    }

    /**
     * Writes the account's whole current state. The row lock taken to count the version makes the state writes of
     * one account follow each other: the state read after it includes every change committed before, and a later
     * version never describes an earlier account.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccountState publishState(OfficialAccount account) {
        entityManager.flush();
        int version = ((Number) entityManager.createNativeQuery(
                "update official_account set state_version = state_version + 1 where id = ?1 returning state_version")
                .setParameter(1, account.id)
                .getSingleResult()).intValue();
        // Another transaction may have changed the account since it was read; it has committed by now.
        entityManager.refresh(account);
        AccountState state = stateOf(account, version, clock.instant().truncatedTo(ChronoUnit.MICROS));
        outbox.publish(EventType.ACCOUNT_STATE, account.id, account.entityCode, state);
        return state;
    }

    private AccountState stateOf(OfficialAccount account, int version, Instant at) {
        List<AccountState.RoleHolder> holders = RoleHolder.<RoleHolder>list(
                "accountId = ?1 and removedAt is null order by addedAt, id", account.id).stream()
                .map(holder -> new AccountState.RoleHolder(holder.staffId, holder.role))
                .toList();
        AccountState.PostingPlan plan = account.postsPerWeek == null ? null
                : new AccountState.PostingPlan(account.postsPerWeek, account.platformsNote);
        AccountVerification verification = AccountVerification.findById(account.id);
        boolean verified = verification != null && verification.verified;
        return new AccountState(account.id, account.entityCode, account.platform, account.handle, account.profileUrl,
                account.displayNameAr, account.displayNameEn, account.status, verified, plan, holders, version, at,
                account.createdAt);
    }
}
