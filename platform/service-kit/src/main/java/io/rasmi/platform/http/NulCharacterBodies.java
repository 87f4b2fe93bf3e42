package io.rasmi.platform.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.problem.ProblemType;

/**
 * Refuses a request body that carries the NUL character, whatever field it hides in (records, maps, JSON
 * patches): PostgreSQL cannot store it in text. The body is already bounded by {@link RequestSizeLimit}, so
 * reading it whole to look is cheap. A body an operation takes as an {@link InputStream} is left alone: that
 * operation streams a body too large to hold (a KPI batch) and checks every value it reads itself.
 */
@Provider
public class NulCharacterBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        if (InputStream.class.isAssignableFrom(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (NulCharacters.containsNul(body, isJson(context.getMediaType()))) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, NulCharacters.MESSAGE_KEY, null, null);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type == null || "json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().endsWith("+json");
    }
}
