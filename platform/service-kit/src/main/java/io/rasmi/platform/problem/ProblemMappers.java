package io.rasmi.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every error leaves a Rasmi service as problem details: never a stack trace, never a 500 for bad input.
 * Framework errors (JSON parsing, validation, security, routing) are mapped here once for all services.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ProblemResponses problems;

    @Inject
    io.rasmi.platform.http.ResourceMethods resourceMethods;

    @ServerExceptionMapper
    public Response problem(ProblemException problem, HttpHeaders headers, UriInfo uri) {
        return problems.of(problem, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException invalid, HttpHeaders headers, UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            violations.add(new Problem.Violation(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        violations.sort((a, b) -> a.field().compareTo(b.field()));
        return problems.build(ProblemType.VALIDATION, "request.invalid", null, null, violations, headers, uri);
    }

    /** Declared apart from {@link #unreadable}: the JSON extension maps this type itself, with a plain body. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException mismatched, HttpHeaders headers, UriInfo uri) {
        return unreadable(mismatched, headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException unreadable, HttpHeaders headers, UriInfo uri) {
        if (unreadable instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            return problems.build(ProblemType.MALFORMED_REQUEST, "request.unknown-field", new Object[] { field }, null,
                    List.of(new Problem.Violation(field, null)), headers, uri);
        }
        if (unreadable instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            return problems.build(ProblemType.MALFORMED_REQUEST, "request.invalid-value", new Object[] { field }, null,
                    List.of(new Problem.Violation(field, null)), headers, uri);
        }
        return problems.build(ProblemType.MALFORMED_REQUEST, "request.malformed-json", null, null, null, headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException failed, HttpHeaders headers, UriInfo uri) {
        return problems.build(ProblemType.UNAUTHENTICATED, "request.unauthenticated", null, null, null, headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException unauthorized, HttpHeaders headers, UriInfo uri) {
        return problems.build(ProblemType.UNAUTHENTICATED, "request.unauthenticated", null, null, null, headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException forbidden, HttpHeaders headers, UriInfo uri) {
        return problems.build(ProblemType.FORBIDDEN, "request.forbidden", null, null, null, headers, uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException stale, HttpHeaders headers, UriInfo uri) {
        return problems.build(ProblemType.CONFLICT, "request.concurrent-change", null, null, null, headers, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException web, HttpHeaders headers, UriInfo uri) {
        if (web.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, headers, uri);
        }
        int status = web.getResponse().getStatus();
        if (status >= 500) {
            return internal(web, headers, uri);
        }
        if (web instanceof NotFoundException && web.getCause() != null) {
            // RESTEasy answers 404 (as JAX-RS says) when a path or query parameter cannot be converted, such as
            // ?page=abc or a malformed id; the path exists, so the request is what is wrong: 400.
            return problems.build(ProblemType.MALFORMED_REQUEST, "request.invalid-parameter", null, null, null, headers,
                    uri);
        }
        String key;
        if (web instanceof NotFoundException) {
            key = "request.path-not-found";
        } else if (web instanceof NotSupportedException) {
            key = "request.unsupported-media-type";
        } else if (web instanceof NotAcceptableException) {
            key = "request.not-acceptable";
        } else if (web instanceof NotAllowedException) {
            key = "request.method-not-allowed";
        } else if (status == 401) {
            key = "request.unauthenticated";
        } else if (status == 403) {
            key = "request.forbidden";
        } else {
            key = "request.invalid";
        }
        Response response = problems.build(ProblemType.forStatus(status), key, null, null, null, headers, uri);
        if (web instanceof NotAllowedException) {
            // RESTEasy Reactive's 405 names no method; RFC 9110 says it must.
            Object allow = web.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
            if (allow == null && uri != null && !resourceMethods.allowedOn(uri.getPath()).isEmpty()) {
                allow = String.join(", ", resourceMethods.allowedOn(uri.getPath()));
            }
            if (allow != null) {
                return Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
            }
        }
        return response;
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response internal(Throwable unexpected, HttpHeaders headers, UriInfo uri) {
        if (isUniqueViolation(unexpected)) {
            // Two requests raced past the service's own duplicate check; the database kept one, this one is a 409.
            return problems.build(ProblemType.CONFLICT, "request.concurrent-duplicate", null, null, null, headers, uri);
        }
        String reference = UUID.randomUUID().toString();
        // The reference ties the caller's report to this log line; the exception's own text stays out of the answer.
        LOG.errorf(unexpected, "Unexpected error, reference %s", reference);
        return problems.build(ProblemType.INTERNAL, "request.internal", new Object[] { reference }, null, null, headers,
                uri);
    }

    /** PostgreSQL's unique_violation (SQLState 23505) anywhere in the cause chain, however the ORM wrapped it. */
    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * {@code register.request.handle} becomes {@code handle}, {@code emailDomains[0].<list element>} becomes
     * {@code emailDomains[0]}; a bare parameter (a query parameter, say) keeps its own name.
     */
    static String fieldOf(Path path) {
        String lastParameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    continue;
                }
                case PARAMETER -> {
                    lastParameter = node.getName();
                    continue;
                }
                default -> {
                }
            }
            // The index or key says where the node sits in its parent container.
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getKind() != ElementKind.BEAN
                    && node.getName() != null) {
                if (field.length() > 0 && field.charAt(field.length() - 1) != '.') {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.length() == 0) {
            return lastParameter != null ? lastParameter : "body";
        }
        return field.toString();
    }

    private static String pathOf(JsonMappingException mapping) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
