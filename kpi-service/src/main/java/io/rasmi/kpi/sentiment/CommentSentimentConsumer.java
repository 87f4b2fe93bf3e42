package io.rasmi.kpi.sentiment;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.rasmi.events.CommentReceived;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;

/**
 * Classifies each comment content-service received ({@code io.rasmi.content.comment-received.v1}) and stores its
 * class (G9.3). Idempotent through the inbox, and by comment id besides; the other content events are left to their
 * own consumers, and a comment event that breaks its contract goes to {@code rasmi.content.events.v1.dlq}.
 */
@ApplicationScoped
public class CommentSentimentConsumer {

    static final String CONSUMER = "kpi-sentiment";

    @Inject
    Inbox inbox;

    @Inject
    CommentSentiments sentiments;

    @Incoming("kpi-sentiment")
    @Blocking
    @Transactional
    public void onContentEvent(ConsumerRecord<String, String> record) {
        inbox.firstDeliveryOf(Set.of(EventType.CONTENT_COMMENT_RECEIVED), CONSUMER, record.key(), record.value())
                .ifPresent(event -> sentiments.record(EventCodec.payload(event, CommentReceived.class)));
    }
}
