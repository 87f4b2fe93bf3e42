package io.rasmi.console.incidents;

import io.quarkus.qute.TemplateExtension;
import io.rasmi.console.web.Language;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times on the incident, CERT and KPI pages: Baghdad's clock, the Iraqi locale of the page's language
 * ({@code {incident.reportedAt.shownIn(page.lang)}}), with the ISO form for a {@code <time datetime>}.
 */
@TemplateExtension
public final class Times {

    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");

    private Times() {
    }

    /** Date and time in Baghdad, for people; empty for none. */
    public static String shownIn(Instant instant, Language lang) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(lang.code() + "-IQ")).withZone(BAGHDAD).format(instant);
    }

    /** The instant as ISO-8601 UTC, for a {@code datetime} attribute. */
    public static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** Minutes as hours and minutes ("12 h 30 min" in the page's language is left to the messages). */
    public static long hoursOf(int minutes) {
        return minutes / 60;
    }
}
