package io.rasmi.console.accounts;

import io.rasmi.console.web.FormErrors;

/**
 * The forms of an account's page and what the service said about the one just sent: each form keeps what was typed
 * (the password excepted) and shows its own errors.
 */
public record AccountForms(DecisionForm decision, RoleHolderForm holder, FormErrors decisionErrors,
        FormErrors activationErrors, FormErrors holderErrors, FormErrors rotationErrors) {

    static AccountForms none() {
        return new AccountForms(DecisionForm.empty(), RoleHolderForm.empty(), FormErrors.NONE, FormErrors.NONE,
                FormErrors.NONE, FormErrors.NONE);
    }

    static AccountForms refusedDecision(DecisionForm form, FormErrors errors) {
        AccountForms none = none();
        return new AccountForms(form, none.holder, errors, FormErrors.NONE, FormErrors.NONE, FormErrors.NONE);
    }

    static AccountForms refusedActivation(FormErrors errors) {
        AccountForms none = none();
        return new AccountForms(none.decision, none.holder, FormErrors.NONE, errors, FormErrors.NONE,
                FormErrors.NONE);
    }

    static AccountForms refusedHolder(RoleHolderForm form, FormErrors errors) {
        AccountForms none = none();
        return new AccountForms(none.decision, form, FormErrors.NONE, FormErrors.NONE, errors, FormErrors.NONE);
    }

    static AccountForms refusedRotation(FormErrors errors) {
        AccountForms none = none();
        return new AccountForms(none.decision, none.holder, FormErrors.NONE, FormErrors.NONE, FormErrors.NONE,
                errors);
    }
}
