package io.rasmi.account.keys;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.account.devices.TwoFactorService;
import io.rasmi.account.lifecycle.AccessEvidence;
import io.rasmi.events.AccountRole;

/** {@link AccessEvidence} answered from the role holders and the two-factor bindings this service records. */
@ApplicationScoped
public class RecordedAccessEvidence implements AccessEvidence {

    @Inject
    TwoFactorService twoFactor;

    /** G6.a: someone holds ADMIN now (removed holders do not count). */
    @Override
    @Transactional
    public boolean hasAdminHolder(UUID accountId) {
        return RoleHolder.currentCount(accountId, AccountRole.ADMIN) > 0;
    }

    /** G6.b: the current binding is on a device of the account's entity that is not retired. */
    @Override
    @Transactional
    public boolean twoFactorOnGovernmentDevice(UUID accountId) {
        return twoFactor.onActiveGovernmentDevice(accountId);
    }
}
