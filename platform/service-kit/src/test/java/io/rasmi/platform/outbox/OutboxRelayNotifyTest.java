package io.rasmi.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rasmi.events.AccountRegistered;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.events.Platform;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestConsumer;

/**
 * Another instance's commit wakes this instance's relay: rows are inserted here through a plain connection, as a
 * replica that does not lead the relay writes them, so no commit of this process wakes the relay, and it polls only
 * hourly. Whatever reaches Kafka within seconds was woken by the database's notification.
 */
@QuarkusTest
@TestProfile(OutboxRelayWakeTest.HourlyPoll.class)
class OutboxRelayNotifyTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxNotifications notifications;

    @Inject
    OutboxRelay relay;

    @Inject
    RelayLeadership leadership;

    @Test
    void shouldPublishARowCommittedThroughAnotherConnectionWithinASecond() throws SQLException {
        awaitLeadingAndListening();
        writeAsAnotherInstanceAndAwaitSent("warm-up"); // the producer's first send also fetches the topic's metadata
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            millis.add(writeAsAnotherInstanceAndAwaitSent("notified-" + i).toMillis());
        }
        System.out.printf("Rows committed through another connection sent after %s ms (relay polls hourly)%n", millis);
        assertThat(millis.stream().sorted().toList().get(millis.size() / 2)).as("median ms from commit to sent")
                .isLessThan(1000);
    }

    @Test
    void shouldListenAgainAfterItsBackendWasKilled() throws SQLException {
        awaitLeadingAndListening();
        int killed = notifications.backendPid();
        try (Connection other = dataSource.getConnection();
                PreparedStatement terminate = other.prepareStatement("select pg_terminate_backend(?)")) {
            terminate.setInt(1, killed);
            try (ResultSet result = terminate.executeQuery()) {
                assertThat(result.next() && result.getBoolean(1)).as("listening backend terminated").isTrue();
            }
        }

        await("listening on a new session").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> notifications.backendPid() != 0 && notifications.backendPid() != killed);
        Duration sent = writeAsAnotherInstanceAndAwaitSent("after-kill");
        System.out.printf("After its backend was killed the listener woke the relay again: sent after %d ms%n",
                sent.toMillis());
    }

    @Test
    void shouldNotPublishOnNotificationsWhileAnotherInstanceLeads() throws SQLException {
        awaitLeadingAndListening();
        long seq;
        try (Connection otherLeader = dataSource.getConnection()) {
            try {
                // this instance steps down and another session takes the lead, as another replica would
                await("another session leads").atMost(Duration.ofSeconds(10)).until(() -> {
                    leadership.release();
                    return tryLock(otherLeader);
                });
                seq = insertAsAnotherInstance(UUID.randomUUID(), "while-following");

                await("nothing sent by a follower").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                        .until(() -> !sent(seq));
                assertThat(leadership.holds()).isFalse();
                assertThat(notifications.backendPid()).as("a follower still listens").isNotZero();
            } finally {
                // the pooled session must not keep the lead once handed back
                try (PreparedStatement unlock = otherLeader.prepareStatement("select pg_advisory_unlock_all()")) {
                    unlock.execute();
                }
            }
        }
        // the other leader is gone: this instance's next pass takes the lead and sends what waited
        await("sent once this instance leads again").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    relay.relayAll();
                    return sent(seq);
                });
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, RelayLeadership.RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** The relay leads once it ran a pass; the listener has a session once it started. */
    private void awaitLeadingAndListening() {
        await("leading and listening").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    relay.relayAll();
                    return notifications.backendPid() != 0;
                });
    }

    /**
     * Writes one row as another instance would; answers how long until the relay marked it sent, having checked that
     * its event is on the topic.
     */
    private Duration writeAsAnotherInstanceAndAwaitSent(String label) throws SQLException {
        UUID subject = UUID.randomUUID();
        long seq = insertAsAnotherInstance(subject, label);
        long committed = System.nanoTime();
        await(label + " sent").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> sent(seq));
        Duration took = Duration.ofNanos(System.nanoTime() - committed);

        assertThat(KafkaTestConsumer.records(Topics.ACCOUNT_EVENTS, Duration.ofSeconds(20),
                record -> subject.toString().equals(record.key()))).as("%s on the topic once", label).hasSize(1);
        return took;
    }

    /** Inserts one outbox row through a connection of its own and commits it; answers its seq. */
    private long insertAsAnotherInstance(UUID subject, String label) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        CloudEvent event = CloudEvent.of(EventType.ACCOUNT_REGISTERED, subject.toString(), "moh",
                new AccountRegistered(subject, "moh", Platform.X, label, null, "ملاحظة", null, AccountStatus.PROPOSED,
                        now),
                now);
        long seq;
        try (Connection other = dataSource.getConnection();
                PreparedStatement insert = other.prepareStatement("insert into outbox_event "
                        + "(event_id, event_type, topic, message_key, envelope, created_at) values (?, ?, ?, ?, ?, ?) "
                        + "returning seq")) {
            other.setAutoCommit(true); // committed as the statement ends, as another replica's transaction would
            insert.setObject(1, UUID.fromString(event.id()));
            insert.setString(2, EventType.ACCOUNT_REGISTERED.type());
            insert.setString(3, EventType.ACCOUNT_REGISTERED.topic());
            insert.setString(4, subject.toString());
            insert.setString(5, EventCodec.write(event));
            insert.setTimestamp(6, Timestamp.from(now));
            try (ResultSet result = insert.executeQuery()) {
                result.next();
                seq = result.getLong(1);
            }
        }
        return seq;
    }

    private boolean sent(long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select sent_at is not null from outbox_event where seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
