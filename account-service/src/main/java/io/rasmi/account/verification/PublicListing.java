package io.rasmi.account.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.rasmi.events.AccountStatus;
import io.rasmi.events.Platform;
import io.rasmi.platform.web.AccountAddress;

/**
 * One account as the public lookup keeps it in memory: what its answers say, read from the database in one go, and
 * the versions it was read at. Kept for every account, public or not, so that an older reading can never bring
 * back a state that a newer one replaced.
 */
record PublicListing(UUID accountId, Stamp stamp, String entityCode, Platform platform, String handle,
        String handleKey, String profileUrl, String displayNameAr, String displayNameEn, AccountStatus status,
        boolean verifiedBadge, PublicAnswers.Entity entity) {

    /**
     * The versions a listing was read at: the account's own (its {@code @Version}, moved by every change of status
     * or details), then its verification record's and its entity's. Each only grows, so of two readings the
     * later one is never smaller, compared in this order.
     */
    record Stamp(long account, long badge, long entity) implements Comparable<Stamp> {

        @Override
        public int compareTo(Stamp other) {
            int byAccount = Long.compare(account, other.account);
            if (byAccount != 0) {
                return byAccount;
            }
            int byBadge = Long.compare(badge, other.badge);
            return byBadge != 0 ? byBadge : Long.compare(entity, other.entity);
        }

        boolean isOlderThan(Stamp other) {
            return compareTo(other) < 0;
        }
    }

    /** Whether the public may see it (G3.3): ACTIVE or COMPROMISED. */
    boolean isPublic() {
        return PublicRegister.PUBLIC.contains(status);
    }

    AccountAddress address() {
        return new AccountAddress(platform, handleKey);
    }

    /** The names it can be resembled by: its handle, its display names and its entity's names. */
    List<String> names() {
        List<String> names = new ArrayList<>(5);
        names.add(handle);
        names.add(displayNameAr);
        names.add(displayNameEn);
        names.add(entity.nameAr());
        names.add(entity.nameEn());
        names.removeIf(name -> name == null || name.isBlank());
        return names;
    }

    PublicAnswers.Verdict verdict() {
        return PublicAnswers.Verdict.official(status, entity, new PublicAnswers.Account(platform, handle, profileUrl,
                displayNameAr, displayNameEn, verifiedBadge));
    }

    PublicAnswers.ListedAccount listed() {
        return new PublicAnswers.ListedAccount(platform, handle, profileUrl, displayNameAr, displayNameEn,
                verifiedBadge, status, PublicAnswers.Warning.of(status));
    }
}
