package io.rasmi.console.staff;

import io.rasmi.console.web.ArabicDigits;

import org.jboss.resteasy.reactive.RestForm;

/** "This member left the unit": the version of the member the page showed, so a change made since is not lost. */
public class DeactivationForm {

    @RestForm
    public String version;

    /** The If-Match to send: the version shown, as an ETag; null when the page sent none (the service says 428). */
    String ifMatch() {
        if (version == null || version.isBlank()) {
            return null;
        }
        String digits = ArabicDigits.toAscii(version.strip());
        return digits.chars().allMatch(Character::isDigit) ? "\"" + digits + "\"" : null;
    }
}
