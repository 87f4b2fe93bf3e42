package io.rasmi.incident.cert;

import java.time.Instant;
import java.util.UUID;

import io.rasmi.events.IncidentSeverity;
import io.rasmi.events.Platform;

/** Realistic CERT incidents for the tests. */
final class CertIncidents {

    static final UUID INCIDENT_ID = UUID.fromString("a3b2c1d0-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    static final UUID ACCOUNT_ID = UUID.fromString("0f8d2c3a-6b1e-4c59-9e7a-1d2b3c4d5e6f");
    static final UUID OTHER_ACCOUNT_ID = UUID.fromString("1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6");
    static final Instant REPORTED_AT = Instant.parse("2026-02-03T08:20:00.123456Z");

    private CertIncidents() {
    }

    /** An account compromise of two Ministry of Health accounts, just reported. */
    static CertIncident.Builder compromise() {
        return CertIncident.builder()
                .id(INCIDENT_ID)
                .entity("moh", "وزارة الصحة العراقية")
                .type("ACCOUNT_COMPROMISE")
                .severity(IncidentSeverity.HIGH)
                .summary("Official Facebook page compromised")
                .description("A login from an unknown device changed the page's recovery e-mail.")
                .detectedAt(REPORTED_AT.minusSeconds(3600))
                .reportedAt(REPORTED_AT)
                .modifiedAt(REPORTED_AT)
                .account(ACCOUNT_ID, Platform.FACEBOOK, "moh.iraq", "وزارة الصحة")
                .account(OTHER_ACCOUNT_ID, Platform.X, "MOH_Iraq", null);
    }

    /** A fake page copying the ministry. */
    static CertIncident.Builder impersonation() {
        return compromise()
                .type("IMPERSONATION")
                .severity(IncidentSeverity.MEDIUM)
                .summary("Fake page copying the ministry")
                .impostor(Platform.FACEBOOK, "moh.iraq.official1", "https://www.facebook.com/moh.iraq.official1");
    }
}
