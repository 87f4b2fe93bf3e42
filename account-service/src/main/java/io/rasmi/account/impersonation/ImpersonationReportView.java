package io.rasmi.account.impersonation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.Platform;

@Schema(name = "ImpersonationReport")
public record ImpersonationReportView(
        UUID id,
        @Schema(example = "moh") String entity,
        @Schema(example = "X") Platform platform,
        @Schema(example = "M0H_lraq") String handle,
        @Schema(nullable = true, example = "https://x.com/M0H_lraq") String profileUrl,
        @Schema(nullable = true, implementation = String.class, format = "uuid") UUID impersonatedAccountId,
        List<String> evidenceUrls,
        @Schema(nullable = true, example = "Copies our logo and posts fake vaccination appointments") String notes,
        @Schema(example = "SUBMITTED_TO_PLATFORM") ImpersonationStatus status,
        @Schema(nullable = true, example = "X-IMP-2026-000123") String platformCaseRef,
        Instant reportedAt,
        @Schema(example = "moh-it-security") String reportedBy,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant submittedAt,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant resolvedAt,
        Instant updatedAt,
        @Schema(description = "The report's version, also its ETag", example = "1") long version) {

    static ImpersonationReportView of(ImpersonationReport report) {
        return new ImpersonationReportView(report.id, report.entityCode, report.platform, report.handle,
                report.profileUrl, report.impersonatedAccountId, List.copyOf(report.evidenceUrls), report.notes,
                report.status, report.platformCaseRef, report.reportedAt, report.reportedBy, report.submittedAt,
                report.resolvedAt, report.updatedAt, report.version);
    }
}
