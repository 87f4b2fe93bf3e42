package io.rasmi.kpi;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestProducer;

/** content-service's events as this service receives them: sent on the real content topic, their handling awaited. */
@ApplicationScoped
public class ContentEvents {

    @Inject
    DataSource dataSource;

    /** Sends {@code event} on {@code rasmi.content.events.v1}, keyed by its subject, as content-service's outbox does. */
    public void send(CloudEvent event) {
        sendRaw(event.subject(), EventCodec.write(event));
    }

    public void sendRaw(String key, String value) {
        KafkaTestProducer.send(Topics.CONTENT_EVENTS, key, value);
    }

    /** Waits until {@code consumer} has taken the event {@code eventId} through its inbox. */
    public void awaitHandled(String consumer, String eventId) {
        await().atMost(Duration.ofSeconds(120))
                .until(() -> count("select count(*) from inbox_event where consumer = ? and event_id = ?", consumer,
                        eventId) == 1);
    }

    /** A count from the service's database, read directly. */
    public long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
