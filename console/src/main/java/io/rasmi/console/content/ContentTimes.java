package io.rasmi.console.content;

import io.quarkus.qute.TemplateExtension;
import io.rasmi.console.web.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times of content and comments as the unit reads them: Baghdad's clock, the Iraqi locale of the page's language. */
@TemplateExtension
public final class ContentTimes {

    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");

    private ContentTimes() {
    }

    /** {@code {instant.inBaghdad(page)}}: date and time in Baghdad, for example "٣٠ نوفمبر ٢٠٢٦ ٩:٠٠ م". */
    static String inBaghdad(Instant instant, Page page) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(page.lang().code() + "-IQ")).withZone(BAGHDAD).format(instant);
    }

    /** {@code {date.dayLabel(page)}}: the weekday and date, for example "الأحد ٣٠ نوفمبر". */
    static String dayLabel(LocalDate date, Page page) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.forLanguageTag(page.lang().code() + "-IQ"))
                .format(date);
    }
}
