package io.rasmi.platform.http;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.rasmi.platform.problem.ProblemResponses;
import io.rasmi.platform.problem.ProblemType;

/**
 * Refuses the NUL character (U+0000) in the path and the query before any resource sees it: PostgreSQL cannot
 * store it in text, so it would otherwise end as a 500 deep in a query. Bodies are checked by
 * {@link NulCharacterBodies}.
 */
public class NulCharacters {

    public static final String MESSAGE_KEY = "request.nul-character";

    @Inject
    ProblemResponses problems;

    @ServerRequestFilter(preMatching = true)
    public Response refuseInPathOrQuery(ContainerRequestContext request, HttpHeaders headers, UriInfo uri) {
        if (contains(uri.getPath()) || anyIn(uri.getQueryParameters().entrySet())) {
            return problems.build(ProblemType.MALFORMED_REQUEST, MESSAGE_KEY, null, null, null, headers, uri);
        }
        return null;
    }

    private static boolean anyIn(Iterable<Map.Entry<String, List<String>>> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters) {
            if (contains(parameter.getKey())) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (contains(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean contains(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /**
     * A NUL in a body: a raw 0 byte (never part of another character in UTF-8), or, in JSON, the escape
     * {@code \u0000}. Escapes are read pairwise, so {@code \\u0000} (a backslash, then the text "u0000") passes.
     */
    static boolean containsNul(byte[] body, boolean json) {
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (b == 0) {
                return true;
            }
            if (json && b == '\\' && i + 1 < body.length) {
                if (body[i + 1] == 'u' && i + 5 < body.length && body[i + 2] == '0' && body[i + 3] == '0'
                        && body[i + 4] == '0' && body[i + 5] == '0') {
                    return true;
                }
                i++;
            }
        }
        return false;
    }
}
