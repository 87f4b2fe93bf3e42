package io.rasmi.incident.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.EventContract;
import io.rasmi.events.Platform;
import io.rasmi.events.StixBundle;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestConsumer;

@QuarkusTest
class CertFeedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    CertFeed feed;

    @Test
    void shouldSendTheReportAndEachChangeToTheCertTopicAsValidStixCloudEvents() throws Exception {
        UUID incidentId = UUID.randomUUID();
        CertIncident reported = CertIncidents.compromise().id(incidentId).build();
        String stixId = StixIds.incident(incidentId);

        QuarkusTransaction.requiringNew().run(() -> feed.publish(reported));
        // The same modifiedAt again: the closing must still supersede the report.
        QuarkusTransaction.requiringNew().run(() -> feed.publish(CertIncidents.compromise().id(incidentId)
                .state(CertIncident.State.CLOSED).build()));

        List<ConsumerRecord<String, String>> records = KafkaTestConsumer.records(Topics.CERT_INCIDENTS, WAIT,
                r -> r.value().contains(stixId));
        assertThat(records).hasSize(2);
        JsonNode first = incidentIn(records.get(0));
        JsonNode second = incidentIn(records.get(1));
        for (ConsumerRecord<String, String> record : records) {
            assertThat(record.key()).isEqualTo("moh");
            EventContract.assertValid(record.key(), record.value());
            JsonNode event = JSON.readTree(record.value());
            assertThat(event.path("type").asText()).isEqualTo("io.rasmi.incident.cert-bundle.v1");
            assertThat(event.path("datacontenttype").asText()).isEqualTo(StixBundle.MEDIA_TYPE);
            assertThat(event.path("subject").asText()).isEqualTo(event.at("/data/id").asText());
            StixSchemas.assertValidBundle(event.path("data"));
        }
        assertThat(second.path("id").asText()).isEqualTo(first.path("id").asText()).isEqualTo(stixId);
        assertThat(second.path("created").asText()).isEqualTo(first.path("created").asText());
        assertThat(Instant.parse(second.path("modified").asText()))
                .isAfter(Instant.parse(first.path("modified").asText()));
        assertThat(first.at("/extensions/" + StixBundles.INCIDENT_CORE + "/investigation_status").asText())
                .isEqualTo("new");
        assertThat(second.at("/extensions/" + StixBundles.INCIDENT_CORE + "/investigation_status").asText())
                .isEqualTo("closed");

        CertFeedEntry latest = QuarkusTransaction.requiringNew().call(() -> feed.latest(incidentId).orElseThrow());
        assertThat(latest.version).isEqualTo(2);
        assertThat(JSON.readTree(latest.bundle)).isEqualTo(JSON.readTree(records.get(1).value()).path("data"));
    }

    @Test
    void shouldSendAnImpersonationWithTheImpostorAsAThreatActor() throws Exception {
        UUID incidentId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> feed.publish(CertIncidents.impersonation().id(incidentId)
                .entity("mohe", null).build()));

        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.CERT_INCIDENTS, WAIT,
                r -> r.value().contains(StixIds.incident(incidentId)));
        EventContract.assertValid(record.key(), record.value());
        assertThat(record.key()).isEqualTo("mohe");
        JsonNode bundle = JSON.readTree(record.value()).path("data");
        StixSchemas.assertValidBundle(bundle);
        assertThat(StixBundlesTest.objects(bundle, "threat-actor")).hasSize(1);
    }

    @Test
    void shouldRecordNothingWhenTheChangeRollsBack() {
        UUID incidentId = UUID.randomUUID();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            feed.publish(CertIncidents.compromise().id(incidentId).build());
            throw new IllegalStateException("the change failed");
        })).hasMessageContaining("the change failed");

        assertThat(QuarkusTransaction.requiringNew().call(() -> feed.latest(incidentId))).isEmpty();
    }

    @Test
    void shouldRefuseToRewriteOrDeleteTheFeed() {
        UUID incidentId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> feed.publish(CertIncidents.compromise().id(incidentId)
                .account(UUID.randomUUID(), Platform.TIKTOK, "moh_" + incidentId, null).build()));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> CertFeedEntry
                .update("bundle = '{}' where incidentId = ?1", incidentId)))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> CertFeedObject
                .delete("objectType = 'user-account'")))
                .hasStackTraceContaining("append-only");
        assertThat(QuarkusTransaction.requiringNew().call(() -> feed.latest(incidentId).orElseThrow().bundle))
                .contains(StixIds.incident(incidentId));
    }

    private static JsonNode incidentIn(ConsumerRecord<String, String> record) throws Exception {
        return StixBundlesTest.incident(JSON.readTree(record.value()).path("data"));
    }
}
