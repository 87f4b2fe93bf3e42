package io.rasmi.console.web;

/**
 * What every page's layout needs: the language (and so {@code lang}, {@code dir} and the messages' locale), who is
 * signed in, and the path of this page for the language switch to come back to.
 */
public record Page(Language lang, Viewer viewer, String path) {

    /** The link that switches to the other language and comes back here. */
    public String switchLink() {
        return "/language/" + lang.other().code() + "?back=" + java.net.URLEncoder.encode(path,
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
