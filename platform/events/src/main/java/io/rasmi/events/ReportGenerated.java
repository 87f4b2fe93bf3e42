package io.rasmi.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.kpi.report-generated.v1}: an entity's report to management for a closed week or month
 * was made and stored (G9.1, G9.2), once per entity and period; {@code GET /api/v1/reports/{period}} serves it as
 * JSON, CSV or PDF.
 *
 * @param period {@code 2026-W47} (a Saturday-to-Friday week, see kpi-service's README) or {@code 2026-11}
 */
public record ReportGenerated(
        UUID reportId,
        String entity,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        int accounts,
        int targetsMissed,
        Instant generatedAt) {
}
