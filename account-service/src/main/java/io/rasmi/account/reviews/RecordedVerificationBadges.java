package io.rasmi.account.reviews;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.rasmi.account.verification.VerificationBadges;

/** The verified badge (G6.k) as recorded through {@code PUT /api/v1/accounts/{id}/verification}. */
@ApplicationScoped
public class RecordedVerificationBadges implements VerificationBadges {

    @Override
    public Set<UUID> verified(Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(AccountVerification.<AccountVerification>list("accountId in ?1 and verified = true",
                accountIds).stream().map(verification -> verification.accountId).toList());
    }
}
