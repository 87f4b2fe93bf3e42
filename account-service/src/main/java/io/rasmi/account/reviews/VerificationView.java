package io.rasmi.account.reviews;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountVerification", description = "recordedAt is null while nothing was recorded")
public record VerificationView(
        UUID accountId,
        @Schema(example = "true") boolean verified,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant verifiedAt,
        @Schema(nullable = true, example = "https://dms.moh.gov.iq/verification/facebook-2026.pdf") String evidenceUrl,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant recordedAt,
        @Schema(nullable = true, example = "moh-admin") String recordedBy,
        @Schema(nullable = true, description = "Send it back in If-Match to change the record", example = "0") Long version) {

    static VerificationView of(AccountVerification verification) {
        return new VerificationView(verification.accountId, verification.verified, verification.verifiedAt,
                verification.evidenceUrl, verification.recordedAt, verification.recordedBy, verification.version);
    }

    static VerificationView none(UUID accountId) {
        return new VerificationView(accountId, false, null, null, null, null, null);
    }
}
