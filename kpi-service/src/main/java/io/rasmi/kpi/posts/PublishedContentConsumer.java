package io.rasmi.kpi.posts;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.rasmi.events.ContentPublished;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;

/**
 * Records each publication content-service announces ({@code io.rasmi.content.published.v1}, one event per account)
 * as a post of that account. Idempotent through the inbox, and by publication id besides; the other content events
 * are left to their own consumers.
 */
@ApplicationScoped
public class PublishedContentConsumer {

    static final String CONSUMER = "kpi-posts";

    @Inject
    Inbox inbox;

    @Inject
    RecordedPosts posts;

    @Incoming("kpi-posts")
    @Blocking
    @Transactional
    public void onContentEvent(ConsumerRecord<String, String> record) {
        inbox.firstDeliveryOf(Set.of(EventType.CONTENT_PUBLISHED), CONSUMER, record.key(), record.value())
                .ifPresent(event -> posts.record(EventCodec.payload(event, ContentPublished.class)));
    }
}
