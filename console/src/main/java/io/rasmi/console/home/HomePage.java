package io.rasmi.console.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.rasmi.console.web.Page;
import io.rasmi.console.web.Pages;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** The signed-in user's home: what waits for them, box by box, each from the service that owns it. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Page page, List<WaitingBox> boxes);
    }

    @Inject
    Pages pages;

    @Inject
    WaitingWork waiting;

    /** The console's front door: the home page for a signed-in user, the public lookup for everyone else. */
    @GET
    public Response root() {
        return Response.seeOther(URI.create(pages.viewer().signedIn() ? "/home" : "/verify")).build();
    }

    @GET
    @Path("/home")
    @Authenticated
    public TemplateInstance home() {
        Page page = pages.page();
        return pages.show(Templates.home(page, waiting.boxesFor(page.viewer())));
    }
}
