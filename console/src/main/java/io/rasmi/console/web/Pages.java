package io.rasmi.console.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The request's page context: its language (from the cookie), who is signed in, and the rendering of a page in that
 * language. Resources build their page with {@link #page()} and return {@link #show(TemplateInstance)}.
 */
@RequestScoped
public class Pages {

    @Inject
    HttpServerRequest request;

    @Inject
    SecurityIdentity identity;

    public Language language() {
        Cookie cookie = request.getCookie(Language.COOKIE);
        return Language.of(cookie == null ? null : cookie.getValue());
    }

    public Viewer viewer() {
        if (identity == null || identity.isAnonymous()) {
            return Viewer.ANONYMOUS;
        }
        return new Viewer(identity.getPrincipal().getName(), identity.getRoles());
    }

    public Page page() {
        String uri = request.uri();
        return new Page(language(), viewer(), uri == null || uri.isBlank() ? "/" : uri);
    }

    /** The console's messages in the request's language, for text made in Java (errors above a form). */
    public ConsoleMessages messages() {
        return MessageBundles.get(ConsoleMessages.class, Localized.Literal.of(language().code()));
    }

    /** The page rendered in the request's language: the message bundles follow the instance's locale. */
    public TemplateInstance show(TemplateInstance page) {
        return page.setLocale(language().locale());
    }
}
