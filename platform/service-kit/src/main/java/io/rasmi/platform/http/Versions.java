package io.rasmi.platform.http;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: reads carry the record's version as a strong {@code ETag}, writes send it
 * back in {@code If-Match}, and a stale one answers 412 before anything changes.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the record and its version as ETag. */
    public static Response ok(Object record, long version) {
        return Response.ok(record).tag(etagOf(version)).build();
    }

    /** 201 with where the new record lives, the record, and its version as ETag. */
    public static Response created(String location, Object record, long version) {
        return Response.created(URI.create(location)).tag(etagOf(version)).entity(record).build();
    }

    /** Checks an {@code If-Match} header against the current version; a missing header answers 428. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "request.if-match-required", null, null);
        }
        String tag = ifMatch.trim();
        if ("*".equals(tag)) {
            return;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "request.if-match-malformed", null, null);
        }
        String expected = tag.substring(1, tag.length() - 1);
        if (!expected.equals(Long.toString(currentVersion))) {
            throw ProblemException.preconditionFailed("request.if-match-stale", currentVersion);
        }
    }
}
