package io.rasmi.console.publiclookup;

import io.rasmi.console.web.ArabicDigits;
import java.util.List;
import java.util.Set;

/**
 * What the visitor asked: a link to the account's page, or its platform and handle. Kept as typed (after reading
 * Arabic-Indic digits as ASCII) so the form shows it again with the answer or the error.
 */
public record VerifyQuery(String url, String platform, String handle) {

    /** The fields of the form, for problems that name one. */
    public static final Set<String> FIELDS = Set.of("url", "platform", "handle");

    /** The platforms the form offers; the same names as account-service's {@code Platform}. */
    public static final List<String> PLATFORMS = List.of("FACEBOOK", "X", "INSTAGRAM", "YOUTUBE", "TIKTOK",
            "TELEGRAM", "LINKEDIN", "THREADS", "SNAPCHAT", "WHATSAPP_CHANNEL");

    public static VerifyQuery of(String url, String platform, String handle) {
        return new VerifyQuery(clean(url), clean(platform), clean(handle));
    }

    /** Nothing asked yet: the empty form. */
    public boolean empty() {
        return url == null && handle == null;
    }

    /** A link, when one was given; else the platform and handle. Never both, as the service requires. */
    public boolean byUrl() {
        return url != null;
    }

    public List<String> platforms() {
        return PLATFORMS;
    }

    private static String clean(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return ArabicDigits.toAscii(value.strip());
    }
}
