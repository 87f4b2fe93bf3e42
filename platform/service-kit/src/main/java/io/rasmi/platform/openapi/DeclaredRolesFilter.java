package io.rasmi.platform.openapi;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Writes into the OpenAPI document the roles each {@code /api} (and {@code /taxii2}, the CERT's TAXII server)
 * operation's {@code @RolesAllowed} names, read from
 * the resource classes at build time so the document cannot drift from what is enforced: the extension
 * {@value #EXTENSION} (the list the test-kit's {@code RoleMatrix} checks every operation against) and a first line
 * {@code Roles: a, b.} in the description, in place of any hand-written one. An operation without
 * {@code @RolesAllowed} (only {@code @Authenticated}, {@code @PermitAll} or nothing) gets neither, and the role
 * matrix test fails for it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DeclaredRolesFilter implements OASFilter {

    /** The operation extension that lists the roles allowed to call it. */
    public static final String EXTENSION = "x-rasmi-roles";

    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName ROLES_ALLOWED = DotName.createSimple("jakarta.annotation.security.RolesAllowed");
    private static final List<DotName> SECURITY_ANNOTATIONS = List.of(ROLES_ALLOWED,
            DotName.createSimple("jakarta.annotation.security.PermitAll"),
            DotName.createSimple("jakarta.annotation.security.DenyAll"),
            DotName.createSimple("io.quarkus.security.Authenticated"));
    private static final Map<DotName, PathItem.HttpMethod> HTTP_METHODS = Map.of(
            DotName.createSimple("jakarta.ws.rs.GET"), PathItem.HttpMethod.GET,
            DotName.createSimple("jakarta.ws.rs.POST"), PathItem.HttpMethod.POST,
            DotName.createSimple("jakarta.ws.rs.PUT"), PathItem.HttpMethod.PUT,
            DotName.createSimple("jakarta.ws.rs.PATCH"), PathItem.HttpMethod.PATCH,
            DotName.createSimple("jakarta.ws.rs.DELETE"), PathItem.HttpMethod.DELETE,
            DotName.createSimple("jakarta.ws.rs.HEAD"), PathItem.HttpMethod.HEAD,
            DotName.createSimple("jakarta.ws.rs.OPTIONS"), PathItem.HttpMethod.OPTIONS);
    /**
     * A hand-written roles sentence at the start of a description, replaced by the generated one; a reason in
     * brackets after the roles (group 1) is kept.
     */
    private static final Pattern WRITTEN_ROLES = Pattern.compile(
            "^Roles: (?:any Rasmi role of (?:the|an) entity|[a-z-]+(?:, [a-z-]+)*)( \\([^)]*\\))?\\.\\s*");

    /** Roles by "METHOD /path" as the document spells the path, for every resource method with {@code @RolesAllowed}. */
    private final Map<String, List<String>> rolesByOperation;

    /** Called by SmallRye OpenAPI at build time with the application's index. */
    public DeclaredRolesFilter(IndexView index) {
        this.rolesByOperation = declaredRoles(index);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/") && !path.startsWith("/taxii2")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> {
                List<String> roles = rolesByOperation.get(key(method, path));
                if (roles != null && !roles.isEmpty()) {
                    document(operation, roles);
                }
            });
        });
    }

    private static void document(Operation operation, List<String> roles) {
        operation.addExtension(EXTENSION, roles);
        String written = operation.getDescription() == null ? "" : operation.getDescription().strip();
        Matcher writtenRoles = WRITTEN_ROLES.matcher(written);
        String reason = "";
        String rest = written;
        if (writtenRoles.find()) {
            reason = writtenRoles.group(1) == null ? "" : writtenRoles.group(1);
            rest = written.substring(writtenRoles.end());
        }
        String line = "Roles: " + String.join(", ", roles) + reason + ".";
        operation.setDescription(rest.isEmpty() ? line : line + " " + rest);
    }

    private static Map<String, List<String>> declaredRoles(IndexView index) {
        Map<String, List<String>> roles = new HashMap<>();
        for (AnnotationInstance path : index.getAnnotations(PATH)) {
            if (path.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            ClassInfo resource = path.target().asClass();
            for (MethodInfo method : resource.methods()) {
                PathItem.HttpMethod httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                AnnotationInstance methodPath = method.declaredAnnotation(PATH);
                String fullPath = normalise(path.value().asString()
                        + (methodPath == null ? "" : "/" + methodPath.value().asString()));
                AnnotationInstance rolesAllowed = security(method, resource);
                if (rolesAllowed != null && rolesAllowed.name().equals(ROLES_ALLOWED) && rolesAllowed.value() != null) {
                    roles.put(key(httpMethod, fullPath), List.of(rolesAllowed.value().asStringArray()));
                }
            }
        }
        return roles;
    }

    /** The method's own security annotation, else its class's: the one Quarkus enforces. */
    private static AnnotationInstance security(MethodInfo method, ClassInfo resource) {
        for (DotName name : SECURITY_ANNOTATIONS) {
            if (method.hasDeclaredAnnotation(name)) {
                return method.declaredAnnotation(name);
            }
        }
        for (DotName name : SECURITY_ANNOTATIONS) {
            if (resource.hasDeclaredAnnotation(name)) {
                return resource.declaredAnnotation(name);
            }
        }
        return null;
    }

    private static PathItem.HttpMethod httpMethod(MethodInfo method) {
        for (Map.Entry<DotName, PathItem.HttpMethod> candidate : HTTP_METHODS.entrySet()) {
            if (method.hasDeclaredAnnotation(candidate.getKey())) {
                return candidate.getValue();
            }
        }
        return null;
    }

    /** {@code /api/v1/x/{id: [0-9]+}/} as the document writes it: {@code /api/v1/x/{id}}. */
    static String normalise(String path) {
        String plain = ("/" + path).replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    private static String key(PathItem.HttpMethod method, String path) {
        return method.name().toUpperCase(Locale.ROOT) + " " + path;
    }
}
