package io.rasmi.console.content;

import io.rasmi.console.content.ContentItemsApi.CheckRequest;
import io.rasmi.console.content.ContentItemsApi.Draft;
import io.rasmi.console.content.ContentItemsApi.Interaction;
import io.rasmi.console.web.ArabicDigits;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The content editor's form as the publisher typed it: sent on as a draft, checked as it is typed, and shown again
 * as typed beside the service's problems when it refuses. The planned time is typed in Baghdad's time.
 */
public class EditorForm {

    /** The fields the form shows; a violation of any other field is listed above the form. */
    public static final Set<String> FIELDS = Set.of("title", "body", "language", "format", "targetAccountIds",
            "plannedAt", "websiteLink", "links", "interaction", "interaction.policy");

    public static final List<String> LANGUAGES = List.of("ar", "en", "ku");
    public static final List<String> FORMATS = List.of("TEXT", "IMAGE", "VIDEO", "AUDIO", "POLL", "STORY");
    public static final List<String> POLICIES = List.of("CLOSED", "LIMITED", "OPEN");

    static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");

    @RestForm
    public String title;

    @RestForm
    public String body;

    @RestForm
    public String language;

    @RestForm
    public String format;

    @RestForm
    public List<String> targetAccountIds;

    @RestForm
    public String plannedAt;

    @RestForm
    public String websiteLink;

    @RestForm
    public String links;

    @RestForm
    public String policy;

    @RestForm
    public boolean campaign;

    @RestForm
    public boolean paidPromotion;

    /** The version the editor was opened on: sent back as If-Match. */
    @RestForm
    public Long version;

    public static EditorForm empty() {
        EditorForm form = new EditorForm();
        form.language = "ar";
        form.format = "TEXT";
        form.policy = "CLOSED";
        form.targetAccountIds = List.of();
        return form;
    }

    /** The form filled with a stored item, to edit it. */
    public static EditorForm of(ContentItemsApi.Item item) {
        Draft draft = item.content();
        EditorForm form = new EditorForm();
        form.title = draft.title();
        form.body = draft.body();
        form.language = draft.language();
        form.format = draft.format();
        form.targetAccountIds = draft.targetAccountIds().stream().map(UUID::toString).toList();
        form.plannedAt = draft.plannedAt() == null ? null
                : LocalDateTime.ofInstant(draft.plannedAt(), BAGHDAD).truncatedTo(ChronoUnit.MINUTES).toString();
        form.websiteLink = draft.websiteLink();
        form.links = String.join("\n", draft.links());
        form.policy = draft.interaction() == null ? "CLOSED" : draft.interaction().policy();
        form.campaign = draft.campaign();
        form.paidPromotion = draft.paidPromotion();
        form.version = item.version();
        return form;
    }

    public List<String> languages() {
        return LANGUAGES;
    }

    public List<String> formats() {
        return FORMATS;
    }

    public List<String> policies() {
        return POLICIES;
    }

    public boolean targets(Object accountId) {
        return targetAccountIds != null && accountId != null && targetAccountIds.contains(accountId.toString());
    }

    /** The draft to store; an unreadable time or account id is a {@link FormProblem} of that field. */
    Draft toDraft() {
        return new Draft(strip(title), body, blankToNull(language), blankToNull(format), accounts(), planned(),
                campaign, paidPromotion, strip(websiteLink), linkList(),
                new Interaction(policy == null || policy.isBlank() ? "CLOSED" : policy, null));
    }

    /** What the live checks read: the text and what the checks need of the rest; never refused for a bad time. */
    CheckRequest toCheck() {
        Instant planned;
        try {
            planned = planned();
        } catch (FormProblem unreadable) {
            planned = null;
        }
        List<UUID> accounts;
        try {
            accounts = accounts();
        } catch (FormProblem unreadable) {
            accounts = List.of();
        }
        return new CheckRequest(blankToNull(title), blankToNull(body), blankToNull(language), blankToNull(format),
                accounts, planned, linkList(), strip(websiteLink));
    }

    private Instant planned() {
        String written = strip(ArabicDigits.toAscii(plannedAt));
        if (written == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(written).atZone(BAGHDAD).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw new FormProblem("plannedAt");
        }
    }

    private List<UUID> accounts() {
        List<UUID> ids = new ArrayList<>();
        for (String id : targetAccountIds == null ? List.<String>of() : targetAccountIds) {
            try {
                ids.add(UUID.fromString(id.strip()));
            } catch (IllegalArgumentException unreadable) {
                throw new FormProblem("targetAccountIds");
            }
        }
        return ids;
    }

    private List<String> linkList() {
        if (links == null || links.isBlank()) {
            return List.of();
        }
        return Arrays.stream(links.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A field the console itself could not read (a time that is not one): shown beside that field. */
    static final class FormProblem extends RuntimeException {
        private final String field;

        FormProblem(String field) {
            super(field, null, false, false);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
