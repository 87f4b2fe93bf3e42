package io.rasmi.platform.http;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Which HTTP methods each path of the service answers, read once from the resource classes, so a 405 can say
 * {@code Allow} and {@code OPTIONS} can list the methods that exist for that path (RESTEasy Reactive lists every
 * method of the whole resource class, and says nothing on a 405).
 */
@Singleton
public class ResourceMethods {

    private record Route(Pattern path, String method) {
    }

    private final List<Route> routes = new ArrayList<>();

    @Inject
    BeanManager beans;

    @PostConstruct
    void read() {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verbOf(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                routes.add(new Route(compile(join(root.value(), sub == null ? "" : sub.value())), verb));
            }
        }
    }

    /** The methods {@code path} answers, with HEAD where GET is and OPTIONS; empty when no resource has the path. */
    public Set<String> allowedOn(String path) {
        String normalised = "/" + path.replaceFirst("^/+", "").replaceFirst("/+$", "");
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(normalised).matches()) {
                allowed.add(route.method());
            }
        }
        if (allowed.isEmpty()) {
            return allowed;
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        allowed.add("OPTIONS");
        return allowed;
    }

    private static String verbOf(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String joined = "/" + root.replaceFirst("^/+", "").replaceFirst("/+$", "");
        String tail = sub.replaceFirst("^/+", "").replaceFirst("/+$", "");
        return tail.isEmpty() ? joined : (joined.equals("/") ? "" : joined) + "/" + tail;
    }

    /** {@code /a/{id}/b/{rest: .*}} as a regular expression: a bare template is one path segment. */
    static Pattern compile(String template) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int depth = 1;
                int end = i + 1;
                while (end < template.length() && depth > 0) {
                    char d = template.charAt(end);
                    depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                    end++;
                }
                String variable = template.substring(i + 1, end - 1);
                int colon = variable.indexOf(':');
                regex.append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).trim()).append(')');
                i = end;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(regex.toString());
    }
}
