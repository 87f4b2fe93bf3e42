package io.rasmi.console.accounts;

import io.rasmi.console.services.AccountApi;
import io.rasmi.console.web.ArabicDigits;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

/** The official decision that creates an account (G5.1), as typed: its number, date and signatory. */
public class DecisionForm {

    public static final Set<String> FIELDS = Set.of("decisionNumber", "decisionDate", "signatory");

    @RestForm
    public String decisionNumber;

    @RestForm
    public String decisionDate;

    @RestForm
    public String signatory;

    public static DecisionForm empty() {
        return new DecisionForm();
    }

    /** The date as ISO (yyyy-mm-dd, Arabic-Indic digits accepted), or null when it is not one. */
    LocalDate date() {
        if (decisionDate == null || decisionDate.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(ArabicDigits.toAscii(decisionDate.strip()));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    AccountApi.Decision toRequest() {
        return new AccountApi.Decision(blankToNull(ArabicDigits.toAscii(decisionNumber)), date(),
                blankToNull(signatory));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
