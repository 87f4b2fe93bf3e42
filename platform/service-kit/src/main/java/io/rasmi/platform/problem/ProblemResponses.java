package io.rasmi.platform.problem;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns a problem into an {@code application/problem+json} response in the caller's language. */
@ApplicationScoped
public class ProblemResponses {

    @Inject
    ProblemMessages messages;

    @Inject
    ObjectMapper objectMapper;

    public Response of(ProblemException problem, HttpHeaders headers, UriInfo uri) {
        return build(problem.type(), problem.messageKey(), problem.arguments(), problem.clause(), problem.clauses(),
                problem.violations(), headers, uri);
    }

    public Response build(ProblemType type, String messageKey, Object[] arguments, String clause,
            List<Problem.Violation> violations, HttpHeaders headers, UriInfo uri) {
        return build(type, messageKey, arguments, clause, null, violations, headers, uri);
    }

    public Response build(ProblemType type, String messageKey, Object[] arguments, String clause,
            List<String> clauses, List<Problem.Violation> violations, HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.choose(headers == null ? List.of() : headers.getAcceptableLanguages());
        List<Problem.Violation> localised = violations == null ? null
                : violations.stream()
                        .map(v -> new Problem.Violation(v.field(),
                                v.message() != null ? v.message() : messages.text(messageKey, locale, arguments)))
                        .toList();
        Problem body = new Problem(type.uri(), messages.title(type, locale), type.status(),
                messages.text(messageKey, locale, arguments), uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""),
                clause, localised, clauses);
        Response.ResponseBuilder response = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(write(body));
        if (type == ProblemType.UNAUTHENTICATED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    private String write(Problem body) {
        try {
            return objectMapper.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A problem body could not be written", impossible);
        }
    }
}
