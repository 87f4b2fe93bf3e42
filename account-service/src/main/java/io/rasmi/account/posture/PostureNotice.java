package io.rasmi.account.posture;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.Panache;

/** Remembers which overdue periods were already announced, so each is announced once. */
final class PostureNotice {

    private PostureNotice() {
    }

    /** True the first time this account's {@code kind} is noticed overdue for {@code period}. */
    static boolean firstFor(UUID accountId, String kind, String period, Instant now) {
        return Panache.getEntityManager().createNativeQuery(
                "insert into posture_notice (account_id, kind, period_key, noticed_at) values (?1, ?2, ?3, ?4) "
                        + "on conflict do nothing")
                .setParameter(1, accountId).setParameter(2, kind).setParameter(3, period).setParameter(4, now)
                .executeUpdate() == 1;
    }
}
