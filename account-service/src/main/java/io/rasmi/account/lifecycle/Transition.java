package io.rasmi.account.lifecycle;

import static io.rasmi.events.AccountStatus.ACTIVE;
import static io.rasmi.events.AccountStatus.APPROVED;
import static io.rasmi.events.AccountStatus.ARCHIVED;
import static io.rasmi.events.AccountStatus.COMPROMISED;
import static io.rasmi.events.AccountStatus.PROPOSED;
import static io.rasmi.events.AccountStatus.SUSPENDED;

import java.util.EnumSet;
import java.util.Set;

import io.rasmi.events.AccountStatus;
import io.rasmi.platform.problem.ProblemException;

/**
 * The lifecycle of an official account, all of it: each transition, the states it may start from, and where it
 * leads. Accounts are never deleted; ARCHIVED is the end. A transition from any other state answers 409.
 *
 * <pre>
 *   PROPOSED --decision--> APPROVED --activation--> ACTIVE <--activation-- SUSPENDED
 *                                                   ACTIVE --suspension--> SUSPENDED
 *   ACTIVE | SUSPENDED --compromise--> COMPROMISED --recovery--> ACTIVE
 *   any state but ARCHIVED --archive--> ARCHIVED
 * </pre>
 *
 * What else a transition needs (the official decision, key holders, two-factor, a rotated password...) is checked
 * by {@link AccountLifecycle}, which names the unmet clauses.
 */
public enum Transition {

    //           from                                          to
    DECISION(    EnumSet.of(PROPOSED),                         APPROVED),
    ACTIVATION(  EnumSet.of(APPROVED, SUSPENDED),              ACTIVE),
    SUSPENSION(  EnumSet.of(ACTIVE),                           SUSPENDED),
    COMPROMISE(  EnumSet.of(ACTIVE, SUSPENDED),                COMPROMISED),
    RECOVERY(    EnumSet.of(COMPROMISED),                      ACTIVE),
    ARCHIVE(     EnumSet.complementOf(EnumSet.of(ARCHIVED)),   ARCHIVED);

    private final Set<AccountStatus> from;
    private final AccountStatus to;

    Transition(Set<AccountStatus> from, AccountStatus to) {
        this.from = from;
        this.to = to;
    }

    public Set<AccountStatus> from() {
        return EnumSet.copyOf(from);
    }

    public AccountStatus to() {
        return to;
    }

    public boolean allowedFrom(AccountStatus status) {
        return from.contains(status);
    }

    /** @throws ProblemException 409 when the table above does not lead from {@code status} through this transition */
    public void requireAllowedFrom(AccountStatus status) {
        if (!allowedFrom(status)) {
            throw ProblemException.conflict("lifecycle.transition-not-allowed", status, to, name().toLowerCase());
        }
    }
}
