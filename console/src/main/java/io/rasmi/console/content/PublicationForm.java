package io.rasmi.console.content;

import io.rasmi.console.web.ArabicDigits;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;

/** Where and when an approved item went out: the post's address on one of its accounts, in Baghdad's time. */
public class PublicationForm {

    @RestForm
    public String accountId;

    @RestForm
    public String platformPostUrl;

    @RestForm
    public String publishedAt;

    ContentItemsApi.Publication toRequest() {
        UUID account;
        try {
            account = accountId == null || accountId.isBlank() ? null : UUID.fromString(accountId.strip());
        } catch (IllegalArgumentException unreadable) {
            throw new EditorForm.FormProblem("accountId");
        }
        Instant at;
        String written = ArabicDigits.toAscii(publishedAt);
        try {
            at = written == null || written.isBlank() ? null
                    : LocalDateTime.parse(written.strip()).atZone(EditorForm.BAGHDAD).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw new EditorForm.FormProblem("publishedAt");
        }
        return new ContentItemsApi.Publication(account,
                platformPostUrl == null || platformPostUrl.isBlank() ? null : platformPostUrl.strip(), at);
    }
}
