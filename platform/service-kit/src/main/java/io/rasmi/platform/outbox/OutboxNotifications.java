package io.rasmi.platform.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rasmi.platform.RasmiConfig;

/**
 * Wakes the relay when any instance of the service commits outbox rows, not only this one: a trigger on
 * {@code outbox_event} notifies {@link #CHANNEL} in the writing transaction (migration {@code V0_5_0}), and this bean
 * listens on a connection of its own, on one background thread. Without it, a change made through an instance that
 * does not lead the relay waits for the leader's next poll.
 * <p>
 * Every instance listens, but only the leader's wake does anything ({@link RelayLeadership#holds()}): a follower's
 * notification never starts a pass, so it neither publishes nor keeps trying to take the lead (its poll does that).
 * A lost connection (a restarted database, a killed backend) is opened again after a back-off that doubles up to
 * {@link #MAX_BACKOFF}, and the relay is woken once listening again, for rows committed while nobody listened. The
 * poll remains the fallback for any wake that is lost. Logs name the failure's class and SQL state, never the URL
 * or credentials.
 */
@ApplicationScoped
class OutboxNotifications {

    static final String CHANNEL = "rasmi_outbox";
    private static final Logger LOG = Logger.getLogger(OutboxNotifications.class);
    /** How long one wait for notifications lasts: bounds how long a stop waits for the thread. */
    private static final int WAIT_MILLIS = 1000;
    /** How often a quiet connection is checked, so a silently dropped one is noticed. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    private static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxRelay relay;

    @Inject
    RelayLeadership leadership;

    @Inject
    RasmiConfig config;

    private volatile boolean stopping;
    private volatile Thread listener;
    /** The backend process of the listening session, 0 while not listening (for diagnostics and tests). */
    private volatile int backendPid;
    /** Whether the current attempt got as far as listening; only the listening thread touches it. */
    private boolean listened;

    void start(@Observes StartupEvent startup) {
        if (!config.outbox().relayEnabled()) {
            return;
        }
        Thread thread = new Thread(this::listenUntilStopped, "outbox-relay-listen");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    /** Stops listening before the datasource goes away; waits at most a little longer than one wait. */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        Thread thread = listener;
        if (thread == null) {
            return;
        }
        thread.interrupt(); // ends a back-off at once; a wait for notifications ends within WAIT_MILLIS
        try {
            thread.join(WAIT_MILLIS * 3L);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    int backendPid() {
        return backendPid;
    }

    private void listenUntilStopped() {
        Duration backoff = INITIAL_BACKOFF;
        while (!stopping) {
            listened = false;
            try {
                listen();
                return; // stopping
            } catch (SQLException | RuntimeException lost) {
                if (listened) {
                    backoff = INITIAL_BACKOFF; // it worked for a while: a new loss starts the back-off afresh
                }
                backendPid = 0;
                if (stopping) {
                    return;
                }
                String state = lost instanceof SQLException sql ? sql.getSQLState() : null;
                LOG.warnf("The outbox relay stopped listening for commits (%s, SQL state %s); listening again in %s",
                        lost.getClass().getSimpleName(), state, backoff);
                // the pool may hold other connections to a database that went away: drop those that are broken
                flushInvalidConnections();
                if (!pause(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** Listens until stopping (returns) or the connection fails (throws). */
    private void listen() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            PGConnection session = connection.unwrap(PGConnection.class);
            try (Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
            }
            backendPid = session.getBackendPID();
            listened = true;
            LOG.debugf("The outbox relay listens for commits on channel %s", CHANNEL);
            wakeIfLeading(); // rows committed while nobody listened
            long nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
            try {
                while (!stopping) {
                    PGNotification[] notifications = session.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        wakeIfLeading();
                    } else if (System.nanoTime() > nextCheck) {
                        if (!connection.isValid(2)) {
                            throw new SQLException("listening connection no longer valid", "08003");
                        }
                        nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
                    }
                }
            } finally {
                backendPid = 0;
                unlisten(connection);
            }
        }
    }

    private void wakeIfLeading() {
        if (leadership.holds()) {
            relay.wake();
        }
    }

    /** The pool keeps the session: stop listening before handing it back, if it still works. */
    private static void unlisten(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("unlisten " + CHANNEL);
        } catch (SQLException gone) {
            // the session is gone, and its listening with it
        }
    }

    private void flushInvalidConnections() {
        try {
            dataSource.flush(AgroalDataSource.FlushMode.INVALID);
        } catch (RuntimeException ignored) {
            // best effort: the pool validates its connections on its own too
        }
    }

    /** Waits {@code duration}; false if stopped meanwhile. */
    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return !stopping;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
