package io.rasmi.content.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** LanguageTool (G7.3.c) and the link probe (G7.3.e), in the running service. */
@QuarkusTest
class SpellingAndLinksTest {

    @Inject
    Spelling spelling;

    @Inject
    LinkLiveness liveness;

    @TestHTTPResource("/q/health")
    URL health;

    @TestHTTPResource("/q/no-such-page")
    URL missing;

    @Test
    void shouldFindAnEnglishSpellingMistakeWithItsPositionAndSuggestions() {
        String text = "The campaign starts on Sunday in every provnce.";
        List<Finding> found = spelling.check(DraftForChecks.Language.EN, "body", text);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo(ContentCheck.SPELLING);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.clause()).isEqualTo("G7.3.c");
            assertThat(text.substring(f.start(), f.end())).isEqualTo("provnce");
            assertThat(f.suggestions()).contains("province");
        });
        assertThat(spelling.check(DraftForChecks.Language.EN, "body", "The campaign starts on Sunday in every province."))
                .isEmpty();
    }

    @Test
    void shouldFindAnArabicSpellingMistakeWithItsPosition() {
        String text = "تبدأ الحملة الوطنية للتلقيح يوم الأحد في جميع المحافضات.";
        List<Finding> found = spelling.check(DraftForChecks.Language.AR, "body", text);
        assertThat(found).extracting(f -> text.substring(f.start(), f.end())).contains("المحافضات");
        assertThat(spelling.check(DraftForChecks.Language.KU, "body", "هەڵمەتی کوتان")).isEmpty();
    }

    @Test
    void shouldTellALinkThatAnswersFromOneThatDoesNot() {
        assertThat(liveness.answers(health.toString()).join()).isTrue();
        assertThat(liveness.answers(missing.toString()).join()).isFalse();
        assertThat(liveness.answers("https://127.0.0.1:1/").join()).isFalse();
        assertThat(liveness.answers("https://no-such-host.invalid/").join()).isFalse();
    }
}
