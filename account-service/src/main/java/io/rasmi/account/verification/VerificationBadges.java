package io.rasmi.account.verification;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which accounts carry the platform's verified badge (G6.k), for the public answers. The records of verification
 * belong to the reviews feature; this is the one thing the public lookup asks of them.
 */
public interface VerificationBadges {

    /** Those of {@code accountIds} whose verification is recorded as verified. */
    Set<UUID> verified(Collection<UUID> accountIds);
}
