package io.rasmi.account.verification;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/**
 * Until verification records are kept (the reviews feature's {@code PUT /api/v1/accounts/{id}/verification}), no
 * account shows a badge. Any other {@link VerificationBadges} bean replaces this one.
 */
@DefaultBean
@ApplicationScoped
public class UnrecordedVerificationBadges implements VerificationBadges {

    @Override
    public Set<UUID> verified(Collection<UUID> accountIds) {
        return Set.of();
    }
}
