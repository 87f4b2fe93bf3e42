package io.rasmi.platform.http;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code OPTIONS} answers 204 with the methods that exist for the path itself ({@link ResourceMethods}); a path no
 * resource has goes on to the usual 404. No token is needed: it says only what the public document says.
 */
public class MethodOptions {

    @Inject
    ResourceMethods methods;

    @ServerRequestFilter(preMatching = true)
    public Response options(ContainerRequestContext request, UriInfo uri) {
        if (!"OPTIONS".equals(request.getMethod())) {
            return null;
        }
        Set<String> allowed = methods.allowedOn(uri.getPath());
        if (allowed.isEmpty()) {
            return null;
        }
        return Response.noContent().allow(allowed).build();
    }
}
