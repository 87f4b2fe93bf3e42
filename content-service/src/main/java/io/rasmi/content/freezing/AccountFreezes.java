package io.rasmi.content.freezing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.rasmi.content.lifecycle.ContentLifecycle;
import io.rasmi.directory.AccountStatusApplied;
import io.rasmi.events.AccountStatus;

/**
 * Freezes what is scheduled for an account that stops being ACTIVE (COMPROMISED, SUSPENDED, ARCHIVED), and thaws
 * it when the account is ACTIVE again and so are the item's other target accounts. Driven by the account
 * directory ({@link AccountStatusApplied}), in the directory's own transaction: the freeze commits with the status
 * the directory took from account events, or neither does, and the event is retried.
 */
@ApplicationScoped
public class AccountFreezes {

    private static final Logger LOG = Logger.getLogger(AccountFreezes.class);

    @Inject
    ContentLifecycle lifecycle;

    void onAccountStatus(@Observes AccountStatusApplied applied) {
        boolean active = applied.to() == AccountStatus.ACTIVE;
        if (!active && applied.from() != AccountStatus.ACTIVE) {
            return; // was not ACTIVE, so nothing of it could be scheduled and unfrozen
        }
        int moved = lifecycle.freezeOrThaw(applied.accountId(), active,
                "Account " + applied.from() + " → " + applied.to());
        if (moved > 0) {
            LOG.infof("%s %d scheduled item(s) of account %s, now %s", active ? "Thawed" : "Froze", moved,
                    applied.accountId(), applied.to());
        }
    }
}
