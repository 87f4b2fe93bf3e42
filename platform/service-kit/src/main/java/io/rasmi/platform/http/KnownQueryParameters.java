package io.rasmi.platform.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.rasmi.platform.problem.Problem;
import io.rasmi.platform.problem.ProblemResponses;
import io.rasmi.platform.problem.ProblemType;

/**
 * Answers 400 to a query parameter the matched operation does not declare ({@code ?staus=ACTIVE},
 * {@code ?pagesize=50}): silently ignoring it would answer a list the caller did not ask for. The declared names are
 * the operation's {@code @QueryParam}/{@code @RestQuery} parameters, including those of its {@code @BeanParam}s
 * (such as {@code PageRequest}); an operation that takes {@link UriInfo} reads its own parameters and is left alone.
 */
public class KnownQueryParameters {

    /** The names each resource method declares, worked out once per method. */
    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();
    /** Marks a method that reads the query string itself. */
    private static final Set<String> ANY = Set.of("*");

    @Inject
    ProblemResponses problems;

    @ServerRequestFilter
    public Response refuseUnknown(ContainerRequestContext request, ResourceInfo resource, HttpHeaders headers,
            UriInfo uri) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Set<String> sent = uri.getQueryParameters().keySet();
        if (sent.isEmpty()) {
            return null;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, KnownQueryParameters::declaredBy);
        if (declared == ANY) {
            return null;
        }
        Set<String> unknown = new TreeSet<>();
        for (String name : sent) {
            if (!name.isEmpty() && !declared.contains(name)) {
                unknown.add(name);
            }
        }
        if (unknown.isEmpty()) {
            return null;
        }
        String known = declared.isEmpty() ? "-" : String.join(", ", new TreeSet<>(declared));
        return problems.build(ProblemType.VALIDATION, "request.unknown-query-parameter",
                new Object[] { String.join(", ", unknown), known }, null,
                unknown.stream().map(name -> new Problem.Violation(name, null)).toList(), headers, uri);
    }

    static Set<String> declaredBy(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            if (UriInfo.class.isAssignableFrom(parameter.getType())) {
                return ANY;
            }
            String name = queryName(parameter.getAnnotations(), parameter.getName());
            if (name != null) {
                names.add(name);
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                collectBean(parameter.getType(), names, 0);
            }
        }
        return Set.copyOf(names);
    }

    private static void collectBean(Class<?> type, Set<String> names, int depth) {
        if (depth > 5) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                String name = queryName(field.getAnnotations(), field.getName());
                if (name != null) {
                    names.add(name);
                } else if (field.isAnnotationPresent(BeanParam.class)) {
                    collectBean(field.getType(), names, depth + 1);
                }
            }
            for (Method setter : c.getDeclaredMethods()) {
                String name = queryName(setter.getAnnotations(), setter.getName());
                if (name != null) {
                    names.add(name);
                }
            }
        }
    }

    private static String queryName(Annotation[] annotations, String elementName) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof RestQuery query) {
                return query.value().isEmpty() ? elementName : query.value();
            }
        }
        return null;
    }
}
