package io.rasmi.console.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

/**
 * Turns a service's error answer into a {@link ServiceProblemException}: the REST clients register it with
 * {@code @ClientExceptionMapper}, so pages deal with problems, never with raw HTTP answers.
 */
public final class ServiceProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceProblems() {
    }

    public static RuntimeException from(Response response) {
        ServiceProblem problem = null;
        try {
            String body = response.readEntity(String.class);
            if (body != null && body.startsWith("{")) {
                problem = JSON.readValue(body, ServiceProblem.class);
            }
        } catch (Exception unreadable) {
            // an answer without a problem body: described by its status below
        }
        if (problem == null || problem.status() == 0) {
            problem = new ServiceProblem(null, "HTTP " + response.getStatus(), response.getStatus(),
                    null, null, null, null);
        }
        return new ServiceProblemException(problem);
    }
}
