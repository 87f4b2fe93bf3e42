package io.rasmi.console.moderation;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** The response-time figures as people read them: hours with one decimal, shares as whole percentages. */
@TemplateExtension
public final class Figures {

    private Figures() {
    }

    /** {@code {seconds.hours}}: 64800.0 → "18.0 h". */
    static String hours(Double seconds) {
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
    }

    /** {@code {share.percent}}: 0.875 → "88%". */
    static String percent(Double share) {
        return Math.round(share * 100) + "%";
    }
}
