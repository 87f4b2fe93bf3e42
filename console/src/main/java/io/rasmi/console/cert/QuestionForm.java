package io.rasmi.console.cert;

import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

/** The analyst's question to the entity, kept as typed when the service refuses it. */
public class QuestionForm {

    public static final Set<String> FIELDS = Set.of("question");

    @RestForm
    public String question;

    public static QuestionForm empty() {
        return new QuestionForm();
    }

    CertApi.Question toRequest() {
        return new CertApi.Question(question == null || question.isBlank() ? null : question.strip());
    }
}
