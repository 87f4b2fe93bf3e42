package io.rasmi.kpi.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.CommentReceived;
import io.rasmi.events.EventType;
import io.rasmi.events.Platform;
import io.rasmi.events.Topics;
import io.rasmi.kpi.ContentEvents;
import io.rasmi.testkit.KafkaTestConsumer;

/** Comments from content-service's events on the real broker, classified and stored once each. */
@QuarkusTest
class CommentSentimentConsumerTest {

    @Inject
    ContentEvents events;

    @Inject
    DataSource dataSource;

    static CloudEvent comment(UUID commentId, UUID accountId, String text, String language, Instant at) {
        return CloudEvent.of(EventType.CONTENT_COMMENT_RECEIVED, commentId.toString(), "moh",
                new CommentReceived(commentId, "moh", accountId, Platform.FACEBOOK, "fb-" + commentId, null, text,
                        language, at, at.plusSeconds(60)),
                at.plusSeconds(60));
    }

    @Test
    void shouldClassifyAndStoreEachCommentOnceWhateverTheRedeliveries() {
        UUID commentId = UUID.randomUUID();
        UUID accountId = UUID.randomUUID();
        Instant at = Instant.parse("2026-10-04T22:30:00Z"); // 01:30 on 5 October in Baghdad
        CloudEvent first = comment(commentId, accountId, "عاشت ايدكم، خدمة ممتازة", "ar", at);
        // Another event for the same comment (a content-service retry with a new id) must not count it twice either.
        CloudEvent again = comment(commentId, accountId, "خدمة سيئة جداً", "ar", at);
        events.send(first);
        events.send(first); // the broker delivers it again
        events.send(again);
        events.awaitHandled(CommentSentimentConsumer.CONSUMER, again.id());

        assertThat(events.count("select count(*) from inbox_event where consumer = ? and event_id = ?",
                CommentSentimentConsumer.CONSUMER, first.id())).isEqualTo(1);
        assertThat(events.count("select count(*) from comment_sentiment where comment_id = ?", commentId))
                .isEqualTo(1);
        assertThat(events.count("select count(*) from comment_sentiment where comment_id = ? and sentiment = "
                + "'POSITIVE' and comment_day = date '2026-10-05' and language = 'ar' and account_id = ? and entity = "
                + "'moh' and classifier = 'lexicon-v1'", commentId, accountId)).isEqualTo(1);
    }

    @Test
    void shouldKeepNoTextOfTheComment() throws Exception {
        UUID commentId = UUID.randomUUID();
        String text = "The new appointment system is wonderful";
        CloudEvent event = comment(commentId, UUID.randomUUID(), text, null, Instant.parse("2026-10-06T09:00:00Z"));
        events.send(event);
        events.awaitHandled(CommentSentimentConsumer.CONSUMER, event.id());

        List<String> stored = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select * from comment_sentiment where comment_id = ?")) {
            statement.setObject(1, commentId);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                ResultSetMetaData columns = row.getMetaData();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    stored.add(columns.getColumnName(i) + "=" + row.getString(i));
                }
            }
        }
        assertThat(stored).contains("sentiment=POSITIVE", "language=en") // detected from the script
                .noneMatch(cell -> cell.contains("wonderful") || cell.contains("appointment"));
    }

    @Test
    void shouldLeaveOtherContentEventsToTheirOwnConsumer() {
        UUID commentId = UUID.randomUUID();
        CloudEvent event = comment(commentId, UUID.randomUUID(), "ممتاز", "ar", Instant.parse("2026-10-06T09:00:00Z"));
        events.sendRaw(commentId.toString(), "{\"type\":\"io.rasmi.content.published.v1\",\"id\":\"not-a-comment\"}");
        events.send(event);
        events.awaitHandled(CommentSentimentConsumer.CONSUMER, event.id());
        assertThat(events.count("select count(*) from inbox_event where consumer = ? and event_id = 'not-a-comment'",
                CommentSentimentConsumer.CONSUMER)).isZero();
    }

    @Test
    void shouldSendACommentThatBreaksItsContractToTheDeadLetterTopicAndGoOn() {
        UUID commentId = UUID.randomUUID();
        events.sendRaw(commentId.toString(),
                "{\"specversion\":\"1.0\",\"type\":\"io.rasmi.content.comment-received.v1\"}");
        CloudEvent after = comment(commentId, UUID.randomUUID(), "ممتاز", "ar", Instant.parse("2026-10-06T09:00:00Z"));
        events.send(after);
        events.awaitHandled(CommentSentimentConsumer.CONSUMER, after.id());

        List<ConsumerRecord<String, String>> dead = KafkaTestConsumer.records(Topics.deadLetter(Topics.CONTENT_EVENTS),
                Duration.ofSeconds(60), record -> commentId.toString().equals(record.key()));
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .isNotBlank();
        assertThat(events.count("select count(*) from comment_sentiment where comment_id = ?", commentId))
                .isEqualTo(1);
    }
}
