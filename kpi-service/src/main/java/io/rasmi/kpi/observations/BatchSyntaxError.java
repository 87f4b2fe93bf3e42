package io.rasmi.kpi.observations;

/** The batch cannot be read on from this line (broken JSON, a CSV without its header): reading stops. */
class BatchSyntaxError extends Exception {

    private final transient LineProblem problem;

    BatchSyntaxError(LineProblem problem) {
        super(problem.messageKey(), null, false, false);
        this.problem = problem;
    }

    LineProblem problem() {
        return problem;
    }
}
