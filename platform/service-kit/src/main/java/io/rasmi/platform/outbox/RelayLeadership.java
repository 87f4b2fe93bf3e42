package io.rasmi.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Which instance of a service relays its outbox: the one holding a session-level advisory lock on a connection of
 * its own, for as long as it runs.
 * <p>
 * Why a session lock and not one per pass: a relay keeps sends the broker has not answered yet across passes (see
 * {@link OutboxRelay}); their rows are still unsent in the database. With a lock per pass, another replica could
 * take the next pass and send those rows again while the first sends may still land. Holding leadership for the
 * whole life of the process means only one producer ever has sends of this outbox in flight; when the leader dies
 * its session ends, PostgreSQL drops the lock and another replica takes over (the duplicate that can still happen
 * then is the documented one: a relay killed between the broker's acknowledgement and the row's update).
 */
@ApplicationScoped
class RelayLeadership {

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);
    /** One relay at a time per database, so two instances cannot interleave one key's events. */
    static final long RELAY_LOCK = 0x5241534D49L; // "RASMI"

    @Inject
    AgroalDataSource dataSource;

    /** Open while this instance leads; its session holds the lock. */
    private volatile Connection connection;

    /** Whether this instance took the lead and has not noticed losing it; does not try to take it. */
    boolean holds() {
        return connection != null;
    }

    /** Whether this instance leads, taking the lead if nobody holds it. */
    synchronized boolean lead() {
        if (connection != null) {
            if (isValid(connection)) {
                return true;
            }
            LOG.warn("The outbox relay lost its leadership connection; it will try to lead again");
            closeQuietly();
        }
        // A connection of its own, outside whatever transaction the caller may be in.
        return QuarkusTransaction.suspendingExisting().call(this::tryToLead);
    }

    private boolean tryToLead() {
        Connection candidate = null;
        try {
            candidate = dataSource.getConnection();
            candidate.setAutoCommit(true);
            try (PreparedStatement statement = candidate.prepareStatement("select pg_try_advisory_lock(?)")) {
                statement.setLong(1, RELAY_LOCK);
                try (ResultSet result = statement.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        connection = candidate;
                        LOG.info("This instance now relays the outbox");
                        return true;
                    }
                }
            }
        } catch (SQLException unavailable) {
            LOG.debugf("Outbox relay leadership not taken: %s", unavailable.getClass().getSimpleName());
        }
        if (candidate != null) {
            try {
                candidate.close();
            } catch (SQLException ignored) {
                // nothing held on it
            }
        }
        return false;
    }

    private static boolean isValid(Connection connection) {
        try {
            return connection.isValid(2);
        } catch (SQLException broken) {
            return false;
        }
    }

    @PreDestroy
    synchronized void release() {
        if (connection != null) {
            // The pool keeps the physical connection, and with it the session: unlock before handing it back.
            try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                statement.setLong(1, RELAY_LOCK);
                statement.execute();
            } catch (SQLException gone) {
                // the session, and the lock with it, is gone already
            }
        }
        closeQuietly();
    }

    private void closeQuietly() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the session is gone already
        }
        connection = null;
    }
}
