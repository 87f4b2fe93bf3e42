package io.rasmi.platform.audit;

/** The outcome of walking the audit chain: intact, or the first row where it breaks. */
public record AuditVerification(boolean intact, long rowsChecked,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) Long firstBrokenSeq) {
}
