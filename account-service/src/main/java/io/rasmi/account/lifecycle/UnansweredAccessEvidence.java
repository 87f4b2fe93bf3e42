package io.rasmi.account.lifecycle;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/**
 * Answers "no evidence" for as long as the service has no other {@link AccessEvidence}: no account can then be
 * activated on G6.a or G6.b, which is the safe side. The implementation backed by the role-holder and two-factor
 * records replaces it without further ado, being a bean of its own.
 */
@DefaultBean
@ApplicationScoped
public class UnansweredAccessEvidence implements AccessEvidence {

    @Override
    public boolean hasAdminHolder(UUID accountId) {
        return false;
    }

    @Override
    public boolean twoFactorOnGovernmentDevice(UUID accountId) {
        return false;
    }
}
