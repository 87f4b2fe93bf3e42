package io.rasmi.console.accounts;

import io.rasmi.console.services.AccountApi;
import io.rasmi.console.web.ArabicDigits;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The register-an-account form as the head of unit typed it: sent on to account-service, and shown again, as typed,
 * beside the service's problems when it refuses.
 */
public class RegisterForm {

    /** The fields the form shows; a violation of any other field is listed above the form. */
    public static final Set<String> FIELDS = Set.of("platform", "handle", "profileUrl", "displayNameAr",
            "displayNameEn", "registrationEmail", "objectives");

    @RestForm
    public String platform;

    @RestForm
    public String handle;

    @RestForm
    public String profileUrl;

    @RestForm
    public String displayNameAr;

    @RestForm
    public String displayNameEn;

    @RestForm
    public String registrationEmail;

    @RestForm
    public String objectives;

    public static RegisterForm empty() {
        RegisterForm form = new RegisterForm();
        form.platform = "FACEBOOK";
        return form;
    }

    /** The request to account-service: blank fields left out, Arabic-Indic digits read as ASCII in the handle. */
    AccountApi.NewAccount toRequest() {
        return new AccountApi.NewAccount(blankToNull(platform), ArabicDigits.toAscii(blankToNull(handle)),
                blankToNull(profileUrl), blankToNull(displayNameAr), blankToNull(displayNameEn),
                blankToNull(registrationEmail), blankToNull(objectives));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
