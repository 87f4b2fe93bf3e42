package io.rasmi.directory;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.rasmi.events.AccountRegistered;
import io.rasmi.events.AccountSnapshot;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.AccountState;
import io.rasmi.events.AccountStatusChanged;

/**
 * The rules by which the directory takes what the two account topics say. The state topic is read apart from the
 * event topic, so either may be ahead:
 * <ul>
 * <li>a state record is taken only if its version is higher than the one applied (a replay or a late copy changes
 * nothing);</li>
 * <li>the registered details and status, which both topics carry, are taken only from a change at least as recent
 * as the newest applied, whichever topic it came on;</li>
 * <li>a status change for an account not known yet is kept and applied when the account arrives, if it is newer.</li>
 * </ul>
 * Each change takes a transaction lock on the account id first, so two replicas (each reading the whole state
 * topic) and the two consumers of one replica never write the same account at once.
 */
@ApplicationScoped
public class AccountDirectory {

    private static final Logger LOG = Logger.getLogger(AccountDirectory.class);
    /** Key space of the account locks ("KA"), apart from the kit's own advisory locks. */
    private static final int ACCOUNT_LOCKS = 0x4B41;

    @Inject
    EntityManager entityManager;

    /** Tells the service a known account's status changed ({@link AccountStatusApplied}). */
    @Inject
    Event<AccountStatusApplied> statusApplied;

    /** Registered and updated events both carry the whole registered account. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applySnapshot(AccountSnapshot snapshot, Instant at) {
        lock(snapshot.accountId());
        KnownAccount account = KnownAccount.findById(snapshot.accountId());
        boolean isNew = account == null;
        if (isNew) {
            account = newAccount(snapshot, at);
        } else if (!account.isNewerThan(at)) {
            AccountStatus before = account.status;
            copy(snapshot, account, at);
            announce(account, before, at);
        }
        if (snapshot instanceof AccountRegistered registered && registered.registeredAt() != null) {
            account.registeredAt = registered.registeredAt(); // never changes, so its order does not matter
        }
        applyPending(account, !isNew);
        if (isNew) {
            account.persist();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyStatus(AccountStatusChanged changed, Instant at) {
        lock(changed.accountId());
        KnownAccount account = KnownAccount.findById(changed.accountId());
        if (account == null) {
            hold(changed, at);
        } else if (!account.isNewerThan(at)) {
            AccountStatus before = account.status;
            account.status = changed.to();
            account.lastEventAt = at;
            announce(account, before, at);
        }
    }

    /** The account's whole state, by version: never an older version over a newer one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyState(AccountState state, Instant at) {
        lock(state.accountId());
        KnownAccount account = KnownAccount.findById(state.accountId());
        if (account != null && account.hasStateAtLeast(state.version())) {
            LOG.debugf("State %d of account %s ignored: version %d is applied", state.version(), state.accountId(),
                    account.stateVersion);
            return;
        }
        boolean isNew = account == null;
        if (isNew) {
            account = newAccount(state, at);
        } else if (!account.isNewerThan(at)) {
            AccountStatus before = account.status;
            copy(state, account, at);
            announce(account, before, at);
        }
        account.stateVersion = state.version();
        if (state.registeredAt() != null) {
            account.registeredAt = state.registeredAt(); // an older state without it keeps what the event said
        }
        account.verified = state.verified();
        account.postsPerWeek = state.postingPlan() == null ? null : state.postingPlan().postsPerWeek();
        account.postingNote = state.postingPlan() == null ? null : state.postingPlan().platformsNote();
        Set<KnownRoleHolder> holders = new HashSet<>();
        state.roleHolders().forEach(holder -> holders.add(new KnownRoleHolder(holder.staffId(), holder.role())));
        if (!account.roleHolders.equals(holders)) {
            account.roleHolders.clear();
            account.roleHolders.addAll(holders);
        }
        applyPending(account, !isNew);
        if (isNew) {
            account.persist(); // once complete: a change after persist() would cost a second write
        }
    }

    private static KnownAccount newAccount(AccountSnapshot snapshot, Instant at) {
        KnownAccount account = new KnownAccount();
        account.id = snapshot.accountId();
        copy(snapshot, account, at);
        return account;
    }

    private static void copy(AccountSnapshot snapshot, KnownAccount account, Instant at) {
        account.entity = snapshot.entity();
        account.platform = snapshot.platform();
        account.handle = snapshot.handle();
        account.profileUrl = snapshot.profileUrl();
        account.displayNameAr = snapshot.displayNameAr();
        account.displayNameEn = snapshot.displayNameEn();
        account.status = snapshot.status();
        account.lastEventAt = at;
    }

    private void hold(AccountStatusChanged changed, Instant at) {
        PendingStatus pending = PendingStatus.findById(changed.accountId());
        if (pending == null) {
            pending = new PendingStatus();
            pending.accountId = changed.accountId();
            pending.entity = changed.entity();
            pending.status = changed.to();
            pending.changedAt = at;
            pending.persist();
        } else if (at.isAfter(pending.changedAt)) {
            pending.status = changed.to();
            pending.changedAt = at;
        }
        LOG.infof("Status %s of account %s, not known yet, is kept until its state arrives", changed.to(),
                changed.accountId());
    }

    /** A status change kept for the account: applied if it is newer than what arrived, then forgotten. */
    private void applyPending(KnownAccount account, boolean known) {
        PendingStatus pending = PendingStatus.findById(account.id);
        if (pending == null) {
            return;
        }
        if (pending.changedAt.isAfter(account.lastEventAt)) {
            AccountStatus before = account.status;
            account.status = pending.status;
            account.lastEventAt = pending.changedAt;
            if (known) {
                announce(account, before, pending.changedAt);
            }
        }
        pending.delete();
    }

    /** Fires {@link AccountStatusApplied} if the status of an account known before really changed. */
    private void announce(KnownAccount account, AccountStatus before, Instant at) {
        if (before != null && before != account.status) {
            statusApplied.fire(new AccountStatusApplied(account.id, account.entity, before, account.status, at));
        }
    }

    private void lock(UUID accountId) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, ACCOUNT_LOCKS)
                .setParameter(2, accountId.hashCode())
                .getSingleResult();
    }
}
