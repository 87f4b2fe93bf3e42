package io.rasmi.console.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Asks every service for its messages (problem answers, titles) in the user's language. */
@ApplicationScoped
public class AcceptLanguageHeaders implements ClientHeadersFactory {

    @Inject
    Pages pages;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.ACCEPT_LANGUAGE, pages.language().code());
        return headers;
    }
}
