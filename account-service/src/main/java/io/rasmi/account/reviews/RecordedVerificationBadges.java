package io.rasmi.account.reviews;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.rasmi.account.verification.VerificationBadges;

/** The verified badge (G6.k) as recorded through {@code PUT /api/v1/accounts/{id}/verification}. */
@ApplicationScoped
public class RecordedVerificationBadges implements VerificationBadges {

    @Override
    public Map<UUID, Badge> badges(Collection<UUID> accountIds) {
        Map<UUID, Badge> badges = new HashMap<>();
        if (accountIds.isEmpty()) {
            return badges;
        }
        for (AccountVerification verification : AccountVerification.<AccountVerification>list("accountId in ?1",
                accountIds)) {
            badges.put(verification.accountId, new Badge(verification.verified, verification.version));
        }
        return badges;
    }
}
