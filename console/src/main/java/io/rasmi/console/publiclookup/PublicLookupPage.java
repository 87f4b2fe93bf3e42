package io.rasmi.console.publiclookup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rasmi.console.web.FormErrors;
import io.rasmi.console.web.Page;
import io.rasmi.console.web.Pages;
import io.rasmi.console.web.ServiceCalls;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/** "Is this account official?": the public page, no sign-in. A GET form, so an answer can be linked to. */
@Path("/verify")
@Produces(MediaType.TEXT_HTML)
public class PublicLookupPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(Page page, VerifyQuery query, Verdict verdict, FormErrors errors);
    }

    @Inject
    Pages pages;

    @RestClient
    PublicLookupClient lookup;

    @Inject
    ServiceCalls calls;

    @GET
    public TemplateInstance verify(@QueryParam("url") String url, @QueryParam("platform") String platform,
            @QueryParam("handle") String handle, @Context HttpServerRequest request) {
        VerifyQuery query = VerifyQuery.of(url, platform, handle);
        Verdict verdict = null;
        FormErrors errors = FormErrors.NONE;
        if (!query.empty()) {
            // The visitor's own address (behind the ingress, from its X-Forwarded-For: quarkus.http.proxy.*), one
            // address and never the header the visitor sent, so that each visitor has a rate-limit budget of its own.
            String visitor = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
            ServiceCalls.Answer<Verdict> answer = calls.read("public lookup", () -> query.byUrl()
                    ? lookup.verify(query.url(), null, null, visitor)
                    : lookup.verify(null, query.platform(), query.handle(), visitor), VerifyQuery.FIELDS);
            verdict = answer.value();
            errors = answer.status() == 429 ? FormErrors.general(pages.messages().verify_too_many())
                    : answer.errors();
        }
        return pages.show(Templates.verify(pages.page(), query, verdict, errors));
    }
}
