package io.rasmi.kpi.reach;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.events.AccountReach;
import io.rasmi.events.EventType;
import io.rasmi.platform.outbox.Outbox;

/**
 * Tells other services each account's newest follower count ({@code io.rasmi.kpi.account-reach.v1}, compacted,
 * keyed by account id), in the transaction of the batch that changed it.
 * <p>
 * An account's reach is its FOLLOWERS <em>total</em> (the line with no age, governorate or gender) of the newest
 * day that has one. A day sent only as demographic breakdowns changes nothing: platforms leave small groups out
 * of their breakdowns, so their sum is not the total, and the last total stands. A figure for an older day, or the
 * same figure again, changes nothing either; so the event goes out only when the newest total moved.
 */
@ApplicationScoped
public class ReachAnnouncer {

    private static final String TOTAL = "metric = 'FOLLOWERS' and age_bracket is null and governorate is null"
            + " and gender is null";

    /**
     * The batch's accounts with a FOLLOWERS total, their newest total now, kept where it is newer (a later day) or
     * changed (the same day), answering what changed. The row lock of the upsert orders two batches of one account;
     * the later day always wins, whichever commits first.
     */
    private static final String CHANGED = "with touched as (select distinct account_id from %s where " + TOTAL + "),"
            + " newest as (select distinct on (o.account_id) o.account_id, o.entity, o.value, o.obs_date"
            + "   from kpi_observation o join touched t on t.account_id = o.account_id"
            + "   where o." + TOTAL.replace(" and ", " and o.")
            + "   order by o.account_id, o.obs_date desc),"
            + " changed as (insert into kpi_account_reach as r (account_id, entity, followers, as_of, version, updated_at)"
            + "   select account_id, entity, round(value)::bigint, obs_date, 1, ? from newest order by account_id"
            + "   on conflict (account_id) do update set followers = excluded.followers, as_of = excluded.as_of,"
            + "     version = r.version + 1, updated_at = excluded.updated_at"
            + "   where excluded.as_of > r.as_of or (excluded.as_of = r.as_of and excluded.followers <> r.followers)"
            + "   returning r.account_id, r.entity, r.followers, r.as_of, r.version)"
            + " select account_id, entity, followers, as_of, version from changed order by account_id";

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Called once per ingested batch, after its upsert, on the batch's connection (which holds {@code stagingTable},
     * the batch's lines): publishes the reach of every account whose newest FOLLOWERS total the batch changed.
     *
     * @return how many accounts' reach changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int announceChanged(Connection connection, String stagingTable) {
        int changed = 0;
        try (PreparedStatement query = connection.prepareStatement(String.format(CHANGED, stagingTable))) {
            query.setTimestamp(1, Timestamp.from(clock.instant()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    UUID accountId = rows.getObject(1, UUID.class);
                    String entity = rows.getString(2);
                    // no account has two billion followers; a figure beyond is capped rather than wrapped
                    int followers = (int) Math.min(Integer.MAX_VALUE, rows.getLong(3));
                    AccountReach reach = new AccountReach(accountId, entity, followers,
                            rows.getDate(4).toLocalDate(), Math.toIntExact(rows.getLong(5)));
                    outbox.publish(EventType.KPI_ACCOUNT_REACH, accountId, entity, reach);
                    changed++;
                }
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("The accounts' reach could not be updated", failed);
        }
        return changed;
    }
}
