package io.rasmi.platform.http;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.rasmi.platform.RasmiConfig;
import io.rasmi.platform.problem.ProblemResponses;
import io.rasmi.platform.problem.ProblemType;

/**
 * Refuses bodies above the API limit with a 413 problem before they are read (a streamed operation's own limit,
 * {@code rasmi.http.streamed-body-limits}, where one is set for its path). Vert.x keeps a larger hard limit
 * ({@code quarkus.http.limits.max-body-size}) for bodies that come without a Content-Length.
 */
public class RequestSizeLimit {

    /** Looked up per request: filters are built during static init, before runtime config exists. */
    @Inject
    Instance<RasmiConfig> config;

    @Inject
    ProblemResponses problems;

    @ServerRequestFilter(preMatching = true)
    public jakarta.ws.rs.core.Response limit(ContainerRequestContext request, HttpHeaders headers, UriInfo uri) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return null;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException malformed) {
            return null;
        }
        RasmiConfig.Http http = config.get().http();
        String path = uri.getPath().startsWith("/") ? uri.getPath() : "/" + uri.getPath();
        Long streamed = http.streamedBodyLimits().get(path);
        long limit = streamed != null ? streamed : http.maxBodyBytes();
        if (length > limit) {
            return problems.build(ProblemType.PAYLOAD_TOO_LARGE, "request.too-large", new Object[] { limit }, null, null,
                    headers, uri);
        }
        return null;
    }
}
