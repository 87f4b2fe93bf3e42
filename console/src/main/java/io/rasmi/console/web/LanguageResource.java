package io.rasmi.console.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The header's language switch: remembers the choice in a cookie and goes back to the page it came from. */
@Path("/language")
public class LanguageResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @ConfigProperty(name = "console.cookies.secure", defaultValue = "true")
    boolean secureCookies;

    @GET
    @Path("/{code}")
    public Response choose(@PathParam("code") String code, @QueryParam("back") String back) {
        Language language = Language.of(code);
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE)
                .value(language.code())
                .path("/")
                .maxAge(ONE_YEAR)
                .httpOnly(true)
                .secure(secureCookies)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        // a relative Location (RFC 9110): the path goes back exactly as it was, query and all
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, localPath(back)).cookie(cookie)
                .build();
    }

    /** Only a path on this site: never an open redirect to another host. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return back;
    }
}
