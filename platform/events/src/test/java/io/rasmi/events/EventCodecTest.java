package io.rasmi.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventCodecTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldRoundTripEveryPayloadThroughTheCodec(EventType type) {
        CloudEvent event = SamplePayloads.event(type);

        CloudEvent read = EventCodec.read(EventCodec.write(event));

        assertEquals(event, read);
        assertEquals(SamplePayloads.of(type), EventCodec.payload(read, type.payloadType()));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldFillTheEnvelopeFromTheEventType(EventType type) {
        CloudEvent event = SamplePayloads.event(type);

        assertEquals("1.0", event.specversion());
        assertEquals(type.type(), event.type());
        assertEquals(type.source(), event.source());
        assertEquals(type.dataContentType(), event.datacontenttype());
        assertEquals(type.dataschema(), event.dataschema());
        assertEquals("moh", event.entity());
        assertEquals(type, event.eventType().orElseThrow());
        UUID.fromString(event.id());
    }

    @Test
    void shouldGiveEveryEventItsOwnId() {
        assertFalse(SamplePayloads.event(EventType.ACCOUNT_REGISTERED).id()
                .equals(SamplePayloads.event(EventType.ACCOUNT_REGISTERED).id()));
    }

    @Test
    void shouldWriteTimesAsIsoUtcStringsAndLeaveOutAbsentFields() throws Exception {
        AccountStatusChanged payload = new AccountStatusChanged(SamplePayloads.ACCOUNT_ID, "moh",
                AccountStatus.PROPOSED, AccountStatus.APPROVED, null, SamplePayloads.AT);
        CloudEvent event = CloudEvent.of(EventType.ACCOUNT_STATUS_CHANGED, SamplePayloads.ACCOUNT_ID.toString(),
                "moh", payload, SamplePayloads.AT);

        JsonNode json = EventCodec.readTree(EventCodec.write(event));

        assertEquals("2026-02-03T08:15:30.123456Z", json.get("time").asText());
        assertEquals("2026-02-03T08:15:30.123456Z", json.at("/data/changedAt").asText());
        assertFalse(json.get("data").has("reason"));
    }

    @Test
    void shouldIgnoreFieldsItDoesNotKnowWhenReading() throws Exception {
        ObjectNode json = (ObjectNode) EventCodec.readTree(
                EventCodec.write(SamplePayloads.event(EventType.ACCOUNT_REGISTERED)));
        json.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        ((ObjectNode) json.get("data")).put("addedInALaterVersion", true);

        CloudEvent read = EventCodec.read(json.toString());

        assertEquals(SamplePayloads.of(EventType.ACCOUNT_REGISTERED),
                EventCodec.payload(read, AccountRegistered.class));
    }

    @Test
    void shouldRefuseAPayloadOfAnotherType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CloudEvent.of(EventType.ACCOUNT_UPDATED, SamplePayloads.ACCOUNT_ID.toString(), "moh",
                        SamplePayloads.of(EventType.ACCOUNT_REGISTERED), SamplePayloads.AT));
        assertTrue(e.getMessage().contains("AccountUpdated"), e.getMessage());
    }

    @Test
    void shouldRefuseToReadDataAsAnotherRecord() {
        CloudEvent event = SamplePayloads.event(EventType.ACCOUNT_REGISTERED);

        assertThrows(IllegalArgumentException.class, () -> EventCodec.payload(event, AccountUpdated.class));
    }

    @Test
    void shouldRejectTextThatIsNotAnEnvelope() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventCodec.read("[1, 2"));
        assertTrue(e.getMessage().startsWith("Not a readable CloudEvent"), e.getMessage());
    }
}
