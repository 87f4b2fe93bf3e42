package io.rasmi.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a page shows when a service it needs cannot answer, or refuses in a way no form can show: a page in the
 * user's language with the layout around it, never a stack trace.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance error(Page page, String message);
    }

    @Inject
    Pages pages;

    /** A service did not answer (down, or too slow): 503, and the page says to try again. */
    @ServerExceptionMapper
    public Response unreachable(ProcessingException cause) {
        LOG.warnf("a service could not be reached: %s", cause.getMessage());
        return page(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), pages.messages().service_unavailable());
    }

    /** A service refused what the page asked (403, 404, ...): its status, and its words in the user's language. */
    @ServerExceptionMapper
    public Response refused(ServiceProblemException problem) {
        ServiceProblem answer = problem.problem();
        String message = answer.detail() != null ? answer.detail() : answer.title();
        int status = answer.status() >= 400 && answer.status() < 600 ? answer.status() : 502;
        return page(status, message);
    }

    private Response page(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(pages.show(Templates.error(pages.page(), message))).build();
    }
}
