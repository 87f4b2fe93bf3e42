package io.rasmi.console.cert;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * A service's file answer passed on to the browser as a download: its bytes streamed through untouched, its content
 * type as the service said, and a file name, so the user's browser saves what the service made.
 */
public final class Download {

    private Download() {
    }

    public static Response of(Response answer, String fallbackType, String fileName) {
        String type = answer.getHeaderString(HttpHeaders.CONTENT_TYPE);
        InputStream body = answer.readEntity(InputStream.class);
        return Response.ok(body, type == null || type.isBlank() ? fallbackType : type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
