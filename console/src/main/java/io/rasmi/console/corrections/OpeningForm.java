package io.rasmi.console.corrections;

import io.rasmi.console.web.ArabicDigits;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;

/** The form that reports an error in a post, as typed; the time it was found is typed in Baghdad's time. */
public class OpeningForm {

    public static final Set<String> FIELDS = Set.of("accountId", "contentId", "platformPostUrl", "errorType",
            "detectedAt", "description");
    public static final List<String> ERROR_TYPES = List.of("TYPO", "FACTUAL", "WRONG_ACCOUNT", "PRIVACY_LEAK",
            "BROKEN_LINK", "UNAUTHORIZED_POST");
    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");

    @RestForm
    public String accountId;

    @RestForm
    public String contentId;

    @RestForm
    public String platformPostUrl;

    @RestForm
    public String errorType;

    @RestForm
    public String detectedAt;

    @RestForm
    public String description;

    public List<String> errorTypes() {
        return ERROR_TYPES;
    }

    /** The request; a field the console cannot read is named in the {@link Unreadable} thrown. */
    CorrectionsApi.Opening toRequest() {
        return new CorrectionsApi.Opening(id("accountId", accountId), id("contentId", contentId),
                blankToNull(platformPostUrl), blankToNull(errorType), when(), blankToNull(description));
    }

    private Instant when() {
        String written = blankToNull(ArabicDigits.toAscii(detectedAt));
        try {
            return written == null ? null : LocalDateTime.parse(written).atZone(BAGHDAD).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw new Unreadable("detectedAt");
        }
    }

    private static UUID id(String field, String written) {
        try {
            return written == null || written.isBlank() ? null : UUID.fromString(written.strip());
        } catch (IllegalArgumentException unreadable) {
            throw new Unreadable(field);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A value the console could not read: shown beside its field. */
    static final class Unreadable extends RuntimeException {
        final String field;

        Unreadable(String field) {
            super(field, null, false, false);
            this.field = field;
        }
    }
}
