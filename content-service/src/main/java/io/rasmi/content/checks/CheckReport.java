package io.rasmi.content.checks;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The findings of the checks on a draft, and whether they stop its submission. */
@Schema(description = "The findings of the pre-publication checks")
public record CheckReport(
        @Schema(description = "Whether a BLOCKER is among the findings: submission would be refused") boolean blocked,
        @Schema(description = "How many findings are BLOCKERs", example = "1") int blockers,
        @Schema(description = "How many findings are WARNINGs", example = "2") int warnings,
        @Schema(description = "The findings, BLOCKERs first") List<Finding> findings) {

    public static CheckReport of(List<Finding> findings) {
        int blockers = (int) findings.stream().filter(f -> f.severity() == Severity.BLOCKER).count();
        return new CheckReport(blockers > 0, blockers, findings.size() - blockers, List.copyOf(findings));
    }
}
