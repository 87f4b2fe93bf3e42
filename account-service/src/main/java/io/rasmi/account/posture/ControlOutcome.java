package io.rasmi.account.posture;

/** What one control found: a status and a message key (with its arguments) that explains it. */
public record ControlOutcome(ControlStatus status, String detailKey, Object... arguments) {

    static ControlOutcome pass(String detailKey, Object... arguments) {
        return new ControlOutcome(ControlStatus.PASS, detailKey, arguments);
    }

    static ControlOutcome warn(String detailKey, Object... arguments) {
        return new ControlOutcome(ControlStatus.WARN, detailKey, arguments);
    }

    static ControlOutcome fail(String detailKey, Object... arguments) {
        return new ControlOutcome(ControlStatus.FAIL, detailKey, arguments);
    }

    static ControlOutcome missingEvidence(String detailKey, Object... arguments) {
        return new ControlOutcome(ControlStatus.MISSING_EVIDENCE, detailKey, arguments);
    }

    static ControlOutcome notApplicable(String detailKey, Object... arguments) {
        return new ControlOutcome(ControlStatus.NOT_APPLICABLE, detailKey, arguments);
    }
}
