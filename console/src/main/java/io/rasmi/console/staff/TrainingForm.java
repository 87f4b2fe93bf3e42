package io.rasmi.console.staff;

import io.rasmi.console.web.ArabicDigits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

/**
 * A course a member completed (G7.6), as typed: its topic, the day (yyyy-mm-dd, Arabic-Indic digits accepted) and
 * where the certificate is kept.
 */
public class TrainingForm {

    public static final Set<String> FIELDS = Set.of("topic", "completedAt", "evidenceUrl");

    /** The topics; the same names as account-service's {@code TrainingTopic}. */
    public static final List<String> TOPICS = List.of("HATE_SPEECH", "BIAS", "PERSONAL_DATA", "EXTERNAL_LINKS",
            "SECURITY_AWARENESS");

    /** The days are Baghdad's: a course completed "on 2026-11-01" started that day there. */
    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");

    @RestForm
    public String topic;

    @RestForm
    public String completedAt;

    @RestForm
    public String evidenceUrl;

    public static TrainingForm empty() {
        TrainingForm form = new TrainingForm();
        form.topic = "HATE_SPEECH";
        return form;
    }

    public List<String> topics() {
        return TOPICS;
    }

    /** Something was typed as the day, and it is not one. */
    boolean dayUnreadable() {
        return completedAt != null && !completedAt.isBlank() && day() == null;
    }

    /** The day as typed, or null when none or not one. */
    LocalDate day() {
        if (completedAt == null || completedAt.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(ArabicDigits.toAscii(completedAt.strip()));
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    StaffApi.NewTraining toRequest() {
        LocalDate day = day();
        Instant start = day == null ? null : day.atStartOfDay(BAGHDAD).toInstant();
        return new StaffApi.NewTraining(MemberForm.blankToNull(topic), start, MemberForm.blankToNull(evidenceUrl));
    }
}
