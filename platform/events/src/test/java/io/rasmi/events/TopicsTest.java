package io.rasmi.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TopicsTest {

    @Test
    void shouldNameTheDeadLetterTopicAfterTheTopic() {
        assertEquals("rasmi.account.events.v1.dlq", Topics.deadLetter(Topics.ACCOUNT_EVENTS));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldPublishEachTypeOnItsServicesTopic(EventType type) {
        String expected = switch (type) {
            case ACCOUNT_STATE -> Topics.ACCOUNT_STATE;
            case ACCOUNT_STAFF_STATE -> Topics.STAFF_STATE;
            case INCIDENT_CERT_BUNDLE -> Topics.CERT_INCIDENTS;
            case KPI_ACCOUNT_REACH -> Topics.KPI_ACCOUNT_REACH;
            default -> "rasmi." + type.service() + ".events.v1";
        };
        assertEquals(expected, type.topic());
        assertTrue(Topics.all().contains(type.topic()));
        assertEquals("/rasmi/" + type.service(), type.source());
        assertTrue(type.type().startsWith("io.rasmi." + type.service() + "."));
    }

    @Test
    void shouldKeepTheAccountStateOnACompactedTopicOfItsOwn() {
        assertEquals("rasmi.account.state.v1", EventType.ACCOUNT_STATE.topic());
        assertEquals(java.util.List.of(Topics.ACCOUNT_STATE, Topics.STAFF_STATE, Topics.KPI_ACCOUNT_REACH),
                Topics.compacted());
        assertTrue(Topics.all().containsAll(Topics.compacted()));
    }

    @Test
    void shouldKeepTheStaffStateOnACompactedTopicOfItsOwn() {
        assertEquals("rasmi.account.staff-state.v1", EventType.ACCOUNT_STAFF_STATE.topic());
        assertTrue(Topics.compacted().contains(Topics.STAFF_STATE));
    }

    @Test
    void shouldFindTypesByName() {
        assertEquals(EventType.ACCOUNT_STATUS_CHANGED,
                EventType.fromType("io.rasmi.account.status-changed.v1").orElseThrow());
        assertTrue(EventType.fromType("io.rasmi.account.deleted.v1").isEmpty());
        assertTrue(EventType.fromType(null).isEmpty());
    }
}
