package io.rasmi.console.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Calls a service as the signed-in user: their own access token (from the code flow, kept server-side in the
 * encrypted session cookie, never given to the page's JavaScript) as the bearer token, and their language, so the
 * service applies its roles and tenancy to them and answers in their language.
 * <p>
 * Quarkus' {@code quarkus-rest-client-oidc-token-propagation} does the token part, but its parent pom is missing
 * from the Maven repository this project builds from, so the console reads the credential itself.
 */
@ApplicationScoped
public class UserTokenHeaders implements ClientHeadersFactory {

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.ACCEPT_LANGUAGE, pages.language().code());
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
        return headers;
    }
}
