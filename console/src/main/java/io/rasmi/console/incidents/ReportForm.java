package io.rasmi.console.incidents;

import io.rasmi.console.web.ArabicDigits;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The report-an-incident form as the IT officer typed it: sent on to incident-service, and shown again, as typed,
 * beside the service's problems when it refuses. The time of detection is typed in Baghdad's local time.
 */
public class ReportForm {

    /** The fields the form shows; a violation of any other field is listed above the form. */
    public static final Set<String> FIELDS = Set.of("type", "accountIds", "detectedAt", "summary", "description",
            "personalDataExposed", "tlp");

    static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");

    @RestForm
    public String type;

    @RestForm
    public List<String> accountIds = new ArrayList<>();

    /** {@code yyyy-MM-ddTHH:mm[:ss]}, as an {@code <input type="datetime-local">} sends it, in Baghdad's time. */
    @RestForm
    public String detectedAt;

    @RestForm
    public String summary;

    @RestForm
    public String description;

    @RestForm
    public String personalDataExposed;

    @RestForm
    public String tlp;

    /** Made when the form is shown: a second click on the same form replays the first answer, never a 2nd report. */
    @RestForm
    public String idempotencyKey;

    public static ReportForm empty(Instant now) {
        ReportForm form = new ReportForm();
        form.type = "ACCOUNT_COMPROMISE";
        form.tlp = "AMBER";
        form.idempotencyKey = UUID.randomUUID().toString();
        form.detectedAt = LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.SECONDS), BAGHDAD).toString();
        return form;
    }

    public boolean names(UUID account) {
        return accountIds != null && accountIds.contains(account.toString());
    }

    public boolean exposesPersonalData() {
        return personalDataExposed != null && !personalDataExposed.isBlank();
    }

    /** The detection time typed, as an instant; null when blank or not a date and time. */
    Instant detectedInstant() {
        String typed = ArabicDigits.toAscii(blankToNull(detectedAt));
        if (typed == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed).atZone(BAGHDAD).toInstant();
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    /** Whether something was typed as the time that is not a time (the service would never see it). */
    boolean detectedAtUnreadable() {
        return blankToNull(detectedAt) != null && detectedInstant() == null;
    }

    /** The request to incident-service: blank fields left out, account ids that are not ids dropped. */
    IncidentsApi.NewIncident toRequest() {
        List<UUID> accounts = new ArrayList<>();
        for (String id : accountIds == null ? List.<String>of() : accountIds) {
            try {
                accounts.add(UUID.fromString(id.strip()));
            } catch (IllegalArgumentException notAnId) {
                // only ever offered as checkboxes of the entity's accounts: a forged value names nothing
            }
        }
        return new IncidentsApi.NewIncident(blankToNull(type), accounts, detectedInstant(), blankToNull(summary),
                blankToNull(description), exposesPersonalData(), blankToNull(tlp));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
