package io.rasmi.console.web;

/** A service answered with a problem (4xx or 5xx with a problem body); the page shows it in the user's language. */
public class ServiceProblemException extends RuntimeException {

    private final ServiceProblem problem;

    public ServiceProblemException(ServiceProblem problem) {
        super(problem.title());
        this.problem = problem;
    }

    public ServiceProblem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }
}
