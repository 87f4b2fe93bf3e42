package io.rasmi.platform.problem;

import java.net.URI;

/** The kinds of problem Rasmi answers with; each has a stable type URI and a localised title. */
public enum ProblemType {
    VALIDATION(400, "validation"),
    MALFORMED_REQUEST(400, "malformed-request"),
    UNAUTHENTICATED(401, "unauthenticated"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    RULE_VIOLATED(422, "rule-violated"),
    UNPROCESSABLE(422, "unprocessable"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    INTERNAL(500, "internal"),
    UNAVAILABLE(503, "unavailable");

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public URI uri() {
        return URI.create("urn:rasmi:problem:" + slug);
    }

    /** The generic type for an HTTP status raised by the framework itself. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != RULE_VIOLATED && type != VALIDATION) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
