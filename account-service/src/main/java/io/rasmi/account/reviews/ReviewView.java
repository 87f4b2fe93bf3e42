package io.rasmi.account.reviews;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.ReviewKind;

@Schema(name = "AccountReview")
public record ReviewView(
        UUID id,
        UUID accountId,
        ReviewKind kind,
        Instant reviewedAt,
        @Schema(nullable = true, example = "All sessions from registered devices; no change needed") String findings,
        @Schema(nullable = true, example = "https://dms.moh.gov.iq/reviews/2026-02-01") String evidenceUrl,
        Instant recordedAt,
        @Schema(example = "moh-it") String recordedBy) {

    static ReviewView of(AccountReview review) {
        return new ReviewView(review.id, review.accountId, review.kind, review.reviewedAt, review.findings,
                review.evidenceUrl, review.recordedAt, review.recordedBy);
    }
}
