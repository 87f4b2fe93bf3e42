package io.rasmi.account.verification;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Which accounts carry the platform's verified badge (G6.k), for the public answers. The records of verification
 * belong to the reviews feature; this is the one thing the public lookup asks of them.
 */
public interface VerificationBadges {

    /**
     * The recorded badge of each of {@code accountIds} that has a record, with the record's version, so that the
     * public lookup can tell an older reading from a newer one.
     */
    Map<UUID, Badge> badges(Collection<UUID> accountIds);

    /** Whether the platform verified the account, and the version of the record that says so. */
    record Badge(boolean verified, long version) {
    }
}
