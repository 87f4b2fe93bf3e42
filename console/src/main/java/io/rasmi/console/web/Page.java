package io.rasmi.console.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * What every page's layout needs: the language (and so {@code lang}, {@code dir} and the messages' locale), who is
 * signed in, and the path of this page for the language switch to come back to.
 */
public record Page(Language lang, Viewer viewer, String path) {

    /** Dates are shown in Baghdad's time and the Iraqi locale of the page's language. */
    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");

    /** {@code instant} as a date in the Iraqi locale ({@code ar-IQ} or {@code en-IQ}); empty for none. */
    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(lang.code() + "-IQ")).withZone(BAGHDAD).format(instant);
    }

    /** The link that switches to the other language and comes back here. */
    public String switchLink() {
        return "/language/" + lang.other().code() + "?back=" + java.net.URLEncoder.encode(path,
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
