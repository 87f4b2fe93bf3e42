package io.rasmi.account.posture;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account measured against the guideline, clause by clause. */
@Schema(name = "PostureReport")
public record PostureReport(
        UUID accountId,
        @Schema(description = "The share of applicable controls met, floored: 100 only when every applicable control "
                + "passes or only warns (WARN meets the clause; FAIL and MISSING_EVIDENCE do not)", example = "82") int score,
        Instant evaluatedAt,
        List<Control> controls) {

    @Schema(name = "PostureControl")
    public record Control(
            @Schema(example = "G6.b") String clause,
            @Schema(example = "تفعيل المصادقة الثنائية بهواتف تابعة للجهة الحكومية") String titleAr,
            @Schema(example = "Two-factor authentication on the entity's phones") String titleEn,
            ControlStatus status,
            @Schema(nullable = true, example = "Two-factor authentication is not bound to an active government device.") String detail,
            @Schema(description = "Since when the control has had this status, as far as Rasmi has watched it")
            Instant since,
            @Schema(nullable = true, description = "What to do, for a control that fails, lacks evidence or warns",
                    example = "Bind two-factor to a government phone: PUT /api/v1/accounts/{id}/two-factor.") String remedy) {
    }

    public List<String> failingClauses() {
        return controls.stream()
                .filter(control -> control.status() == ControlStatus.FAIL
                        || control.status() == ControlStatus.MISSING_EVIDENCE)
                .map(Control::clause).toList();
    }
}
