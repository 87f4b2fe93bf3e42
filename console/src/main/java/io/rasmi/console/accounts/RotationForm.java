package io.rasmi.console.accounts;

import io.rasmi.console.services.AccountApi;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

/**
 * A new password for the account (G6.f, G6.g): passed once to account-service and dropped. The console never
 * keeps it, logs it or writes it back into a page, not even when the service refuses it.
 */
public class RotationForm {

    public static final Set<String> FIELDS = Set.of("newPassword");

    @RestForm
    public String newPassword;

    AccountApi.NewPassword toRequest() {
        return new AccountApi.NewPassword(newPassword == null || newPassword.isEmpty() ? null : newPassword);
    }

    @Override
    public String toString() {
        return "RotationForm[newPassword=<redacted>]";
    }
}
