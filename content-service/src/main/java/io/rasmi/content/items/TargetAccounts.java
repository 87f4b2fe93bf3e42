package io.rasmi.content.items;

import java.util.Collection;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.rasmi.directory.KnownAccountView;
import io.rasmi.directory.KnownAccounts;
import io.rasmi.events.AccountStatus;
import io.rasmi.platform.problem.ProblemException;

/**
 * Which official accounts content may be for, from the account directory: the entity's own (another entity's, or
 * one this service does not know, answers 404), and ACTIVE. A COMPROMISED account answers 409 with clause G6.j (a
 * breached account publishes nothing until it is recovered); any other status that is not ACTIVE (PROPOSED,
 * APPROVED, SUSPENDED, ARCHIVED) answers 409 with clause G5.1 (only an account the entity decided on and brought
 * live publishes).
 */
@ApplicationScoped
public class TargetAccounts {

    @Inject
    KnownAccounts knownAccounts;

    /** The account, if it is the entity's; otherwise 404. */
    public KnownAccountView requireOwn(String entity, UUID accountId) {
        return knownAccounts.findForEntity(accountId, entity)
                .orElseThrow(() -> ProblemException.notFound("account.not-found"));
    }

    /** Every account is the entity's and ACTIVE; checked in id order, so the answer names the same one each time. */
    public void requireActive(String entity, Collection<UUID> accountIds) {
        for (UUID id : new TreeSet<>(accountIds)) {
            requireActive(requireOwn(entity, id));
        }
    }

    public static void requireActive(KnownAccountView account) {
        if (account.status() == AccountStatus.ACTIVE) {
            return;
        }
        String clause = account.status() == AccountStatus.COMPROMISED ? "G6.j" : "G5.1";
        throw ProblemException.conflictWithClause(clause, "content.account-not-active", account.handle(),
                account.status());
    }

    /** Whether every account is ACTIVE now, as far as the directory knows. */
    public boolean allActive(Collection<UUID> accountIds) {
        return accountIds.stream().allMatch(id -> knownAccounts.find(id)
                .map(account -> account.status() == AccountStatus.ACTIVE).orElse(false));
    }
}
