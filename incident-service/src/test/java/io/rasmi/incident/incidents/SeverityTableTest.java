package io.rasmi.incident.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.rasmi.events.IncidentSeverity;
import io.rasmi.events.IncidentType;

class SeverityTableTest {

    private static IncidentSeverity of(IncidentType type, boolean verified, Reach reach, boolean personalData) {
        return SeverityTable.severityOf(new SeverityTable.Facts(type, verified, reach, personalData));
    }

    @ParameterizedTest
    @CsvSource({
            "ACCOUNT_COMPROMISE, HIGH", "UNAUTHORIZED_POST, HIGH", "CREDENTIAL_LEAK, HIGH", "DATA_LEAK, HIGH",
            "DEFACEMENT, MEDIUM", "IMPERSONATION, MEDIUM", "PHISHING, MEDIUM", "LOST_OR_STOLEN_DEVICE, MEDIUM",
            "DEFAMATION_CAMPAIGN, LOW", "OTHER, LOW" })
    void shouldStartFromTheTypesBase(IncidentType type, IncidentSeverity expected) {
        assertThat(of(type, false, Reach.UNKNOWN, false)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(IncidentType.class)
    void shouldGiveEveryTypeABase(IncidentType type) {
        assertThat(SeverityTable.base(type)).isNotNull();
    }

    @Test
    void shouldRaiseOneStepForAVerifiedAccountAndOneForPersonalData() {
        assertThat(of(IncidentType.PHISHING, true, Reach.UNKNOWN, false)).isEqualTo(IncidentSeverity.HIGH);
        assertThat(of(IncidentType.OTHER, true, Reach.UNKNOWN, true)).isEqualTo(IncidentSeverity.HIGH);
        assertThat(of(IncidentType.DEFACEMENT, false, Reach.UNKNOWN, true)).isEqualTo(IncidentSeverity.HIGH);
    }

    @Test
    void shouldNeverGoAboveCriticalNorBelowLow() {
        assertThat(of(IncidentType.ACCOUNT_COMPROMISE, true, Reach.LARGE, true)).isEqualTo(IncidentSeverity.CRITICAL);
        assertThat(of(IncidentType.OTHER, false, Reach.SMALL, false)).isEqualTo(IncidentSeverity.LOW);
    }

    @Test
    void shouldLeaveTheSeverityAsItIsWhenTheReachIsUnknown() {
        assertThat(of(IncidentType.DATA_LEAK, false, Reach.UNKNOWN, false)).isEqualTo(IncidentSeverity.HIGH);
        assertThat(of(IncidentType.DATA_LEAK, false, Reach.LARGE, false)).isEqualTo(IncidentSeverity.CRITICAL);
        assertThat(of(IncidentType.DATA_LEAK, false, Reach.SMALL, false)).isEqualTo(IncidentSeverity.MEDIUM);
    }
}
