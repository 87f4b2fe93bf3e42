package io.rasmi.console.staff;

import io.rasmi.console.web.FormErrors;

/** The forms of a member's page and what the service said about the one just sent. */
public record MemberForms(TrainingForm training, FormErrors trainingErrors, FormErrors deactivationErrors) {

    static MemberForms none() {
        return new MemberForms(TrainingForm.empty(), FormErrors.NONE, FormErrors.NONE);
    }

    static MemberForms refusedTraining(TrainingForm form, FormErrors errors) {
        return new MemberForms(form, errors, FormErrors.NONE);
    }

    static MemberForms refusedDeactivation(FormErrors errors) {
        return new MemberForms(TrainingForm.empty(), FormErrors.NONE, errors);
    }
}
