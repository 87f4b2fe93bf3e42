package io.rasmi.account.verification;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import io.rasmi.platform.problem.ProblemResponses;
import io.rasmi.platform.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;

/**
 * Answers 429 with {@code Retry-After} (whole seconds) and a problem body to a client that asks the public lookup
 * more often than its bucket allows. The client is its IP address as the HTTP layer sees it: the connection's, or the
 * X-Forwarded-For of a trusted proxy (the console, the ingress controller: {@code quarkus.http.proxy.trusted-proxies}
 * in application.properties), so that visitors behind a proxy do not share the proxy's budget.
 */
@Provider
@RateLimited
public class ClientRateLimitFilter implements ContainerRequestFilter {

    @Inject
    ClientRateLimiter limiter;

    @Inject
    ProblemResponses problems;

    @Inject
    HttpServerRequest request;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public void filter(ContainerRequestContext context) {
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        Duration wait = limiter.acquire(client);
        if (wait.isZero()) {
            return;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        Response problem = problems.build(ProblemType.TOO_MANY_REQUESTS, "public.rate-limited",
                new Object[] { seconds }, null, null, headers, uri);
        context.abortWith(Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, seconds).build());
    }
}
