package io.rasmi.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventContractTest {

    private static final String ACCOUNT_ID = SamplePayloads.ACCOUNT_ID.toString();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldAcceptTheEnvelopeTheFactoryMakes(EventType type) {
        String value = EventCodec.write(SamplePayloads.event(type));

        assertEquals(List.of(), EventContract.validate(value));
        assertEquals(List.of(), EventContract.validate(SamplePayloads.key(type), value));
        EventContract.assertValid(SamplePayloads.key(type), value);
    }

    @Test
    void shouldKeyTheCertFeedByEntityAndCarryStixContent() {
        CloudEvent event = SamplePayloads.event(EventType.INCIDENT_CERT_BUNDLE);
        String value = EventCodec.write(event);

        assertEquals("application/stix+json;version=2.1", event.datacontenttype());
        assertEquals(List.of(), EventContract.validate("moh", value));
        assertViolation(EventContract.validate(event.subject(), value), "key: '" + event.subject()
                + "' differs from entity 'moh'");
    }

    @Test
    void shouldRejectADataContentTypeOtherThanTheTypes() {
        ObjectNode event = accountRegistered();
        event.put("datacontenttype", "application/stix+json;version=2.1");

        assertViolation(EventContract.validate(event.toString()), "$.datacontenttype: ");
    }

    @Test
    void shouldAcceptEnvelopeWithoutOptionalPayloadFieldsOrDataschema() {
        ObjectNode event = accountRegistered();
        event.remove("dataschema");
        data(event).remove("profileUrl");
        data(event).remove("displayNameEn");

        assertEquals(List.of(), EventContract.validate(event.toString()));
    }

    @Test
    void shouldCarryTheTraceparentOfTheChangeThatWroteTheEvent() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        CloudEvent event = SamplePayloads.event(EventType.ACCOUNT_REGISTERED).withTraceparent(traceparent);
        String value = EventCodec.write(event);

        assertEquals(List.of(), EventContract.validate(value));
        assertEquals(traceparent, EventCodec.read(value).traceparent());
    }

    @Test
    void shouldRejectATraceparentThatIsNotW3cTraceContext() {
        ObjectNode event = accountRegistered();
        event.put("traceparent", "4bf92f3577b34da6a3ce929d0e0e4736");

        assertViolation(EventContract.validate(event.toString()), "$.traceparent: ");
    }

    @Test
    void shouldAcceptAProfileUrlWithArabicPath() {
        ObjectNode event = accountRegistered();
        data(event).put("profileUrl", "https://www.facebook.com/وزارة.الصحة");

        assertEquals(List.of(), EventContract.validate(event.toString()));
    }

    @Test
    void shouldRejectAProfileUrlThatIsNotHttps() {
        ObjectNode event = accountRegistered();
        data(event).put("profileUrl", "http://www.facebook.com/moh.iraq");

        assertViolation(EventContract.validate(event.toString()), "$.data.profileUrl: ");
    }

    @Test
    void shouldRejectEnvelopeWithoutId() {
        ObjectNode event = accountRegistered();
        event.remove("id");

        assertViolation(EventContract.validate(event.toString()), "$: required property 'id' not found");
    }

    @Test
    void shouldRejectEnvelopeWithUnknownType() {
        ObjectNode event = accountRegistered();
        event.put("type", "io.rasmi.account.deleted.v1");

        assertViolation(EventContract.validate(event.toString()),
                "$.type: unknown event type 'io.rasmi.account.deleted.v1'");
    }

    @Test
    void shouldRejectEnvelopeWithWrongSource() {
        ObjectNode event = accountRegistered();
        event.put("source", "/rasmi/incident");

        assertViolation(EventContract.validate(event.toString()),
                "$.source: '/rasmi/incident' is not the source of io.rasmi.account.registered.v1, which is "
                        + "'/rasmi/account'");
    }

    @Test
    void shouldRejectEnvelopeWithDataschemaOfAnotherType() {
        ObjectNode event = accountRegistered();
        event.put("dataschema", EventType.ACCOUNT_UPDATED.dataschema().toString());

        assertViolation(EventContract.validate(event.toString()), "$.dataschema: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"subject", "time", "entity", "datacontenttype", "data"})
    void shouldRejectEnvelopeWithoutRasmiAttribute(String attribute) {
        ObjectNode event = accountRegistered();
        event.remove(attribute);

        assertViolation(EventContract.validate(event.toString()),
                "$: required property '" + attribute + "' not found");
    }

    @Test
    void shouldRejectEnvelopeOfAnotherSpecVersionOrDataContentType() {
        ObjectNode event = accountRegistered();
        event.put("specversion", "0.3");
        event.put("datacontenttype", "application/xml");

        List<String> violations = EventContract.validate(event.toString());

        assertViolation(violations, "$.specversion: ");
        assertViolation(violations, "$.datacontenttype: ");
    }

    @Test
    void shouldRejectTimeThatIsNotUtc() {
        ObjectNode event = accountRegistered();
        event.put("time", "2026-02-03T11:15:30+03:00");

        assertViolation(EventContract.validate(event.toString()), "$.time: ");
    }

    @Test
    void shouldRejectPayloadWithBadField() {
        ObjectNode event = accountRegistered();
        data(event).put("accountId", "not-a-uuid");
        data(event).put("platform", "MYSPACE");

        List<String> violations = EventContract.validate(event.toString());

        assertViolation(violations, "$.data.accountId: ");
        assertViolation(violations, "$.data.platform: does not have a value in the enumeration");
    }

    @Test
    void shouldRejectPayloadWithoutRequiredField() {
        ObjectNode event = accountRegistered();
        data(event).remove("handle");

        assertViolation(EventContract.validate(event.toString()), "$.data: required property 'handle' not found");
    }

    @Test
    void shouldRejectPayloadWithExtraField() {
        ObjectNode event = accountRegistered();
        data(event).put("password", "hunter2");

        assertViolation(EventContract.validate(event.toString()),
                "$.data: property 'password' is not defined in the schema");
    }

    @Test
    void shouldRejectSubjectThatIsNotTheAggregateId() {
        ObjectNode event = accountRegistered();
        event.put("subject", "11111111-2222-4333-8444-555555555555");

        assertViolation(EventContract.validate(event.toString()),
                "$.subject: '11111111-2222-4333-8444-555555555555' differs from $.data.accountId");
    }

    @Test
    void shouldRejectEntityThatDiffersFromThePayloads() {
        ObjectNode event = accountRegistered();
        event.put("entity", "moi");

        assertViolation(EventContract.validate(event.toString()), "$.entity: 'moi' differs from $.data.entity 'moh'");
    }

    @Test
    void shouldRejectRecordWhoseKeyIsNotTheSubject() {
        String value = accountRegistered().toString();

        assertViolation(EventContract.validate("moh", value), "key: 'moh' differs from subject '" + ACCOUNT_ID);
        assertViolation(EventContract.validate(null, value), "key: missing");
    }

    @Test
    void shouldRejectTextThatIsNotJson() {
        assertViolation(EventContract.validate("{\"id\": "), "$: not JSON");
        assertEquals(List.of("$: not a JSON object"), EventContract.validate("[]"));
        assertEquals(List.of("$: not a JSON object"), EventContract.validate(ACCOUNT_ID, null));
    }

    @Test
    void shouldListEveryViolationWhenAsserting() {
        ObjectNode event = accountRegistered();
        event.remove("id");
        data(event).put("status", "DELETED");

        AssertionError error = assertThrows(AssertionError.class,
                () -> EventContract.assertValid("wrong-key", event.toString()));

        assertTrue(error.getMessage().contains("required property 'id' not found"), error.getMessage());
        assertTrue(error.getMessage().contains("$.data.status"), error.getMessage());
        assertTrue(error.getMessage().contains("key: 'wrong-key'"), error.getMessage());
    }

    @Test
    void shouldAcceptAnAccountStateWrittenBeforeItCarriedTheRegistrationTime() {
        ObjectNode data = (ObjectNode) EventCodec.toData(SamplePayloads.of(EventType.ACCOUNT_STATE));
        assertTrue(data.has("registeredAt"), data::toString);

        data.remove("registeredAt");
        assertEquals(List.of(), EventContract.validatePayload(EventType.ACCOUNT_STATE, data));
        data.putNull("registeredAt");
        assertEquals(List.of(), EventContract.validatePayload(EventType.ACCOUNT_STATE, data));
        data.put("registeredAt", "2026-01-11T10:30:00+03:00");
        assertViolation(EventContract.validatePayload(EventType.ACCOUNT_STATE, data), "$.registeredAt: ");
    }

    @Test
    void shouldRejectAnAccessAnomalyWhoseIpAddressIsNone() {
        ObjectNode data = (ObjectNode) EventCodec.toData(SamplePayloads.of(EventType.ACCOUNT_ACCESS_ANOMALY));
        data.put("ipAddress", "999.1.2.3");

        assertViolation(EventContract.validatePayload(EventType.ACCOUNT_ACCESS_ANOMALY, data), "$.ipAddress: ");
    }

    @Test
    void shouldRejectAPostureChangeWithSomethingThatIsNotAClauseId() {
        ObjectNode data = (ObjectNode) EventCodec.toData(SamplePayloads.of(EventType.ACCOUNT_POSTURE_CHANGED));
        data.putArray("failingClauses").add("password");
        data.put("score", 101);

        List<String> violations = EventContract.validatePayload(EventType.ACCOUNT_POSTURE_CHANGED, data);

        assertViolation(violations, "$.failingClauses[0]: ");
        assertViolation(violations, "$.score: ");
    }

    private static ObjectNode accountRegistered() {
        try {
            return (ObjectNode) EventCodec.readTree(
                    EventCodec.write(SamplePayloads.event(EventType.ACCOUNT_REGISTERED)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    static void assertViolation(List<String> violations, String expected) {
        assertTrue(violations.stream().anyMatch(v -> v.startsWith(expected)),
                () -> "Expected a violation starting with <" + expected + "> in " + violations);
    }
}
