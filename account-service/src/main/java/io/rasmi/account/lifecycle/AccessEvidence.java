package io.rasmi.account.lifecycle;

import java.util.UUID;

/**
 * What the lifecycle needs to know about who and what can reach an account, answered by the records of role
 * holders and two-factor bindings. Kept as an interface so the lifecycle does not reach into those tables.
 */
public interface AccessEvidence {

    /** G6.a: at least one current ADMIN role holder. */
    boolean hasAdminHolder(UUID accountId);

    /** G6.b: two-factor authentication is bound to an active government device of the account's entity. */
    boolean twoFactorOnGovernmentDevice(UUID accountId);
}
