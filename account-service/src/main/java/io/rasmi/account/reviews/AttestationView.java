package io.rasmi.account.reviews;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountAttestation")
public record AttestationView(
        UUID id,
        UUID accountId,
        @Schema(example = "G6.e") String clause,
        @Schema(nullable = true, example = "https://dms.moh.gov.iq/attestations/logo-facebook.png") String evidenceUrl,
        @Schema(nullable = true, example = "Profile picture is the ministry's logo, as approved on 2026-01-10") String note,
        Instant attestedAt,
        @Schema(example = "moh-admin") String attestedBy) {

    static AttestationView of(AccountAttestation attestation) {
        return new AttestationView(attestation.id, attestation.accountId, attestation.clause, attestation.evidenceUrl,
                attestation.note, attestation.attestedAt, attestation.attestedBy);
    }
}
