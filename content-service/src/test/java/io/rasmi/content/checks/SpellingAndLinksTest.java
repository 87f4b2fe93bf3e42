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
    void shouldFindAnArabicSpellingMistakeWithItsPositionAndSuggestions() {
        String text = "تبدأ الحملة الوطنية للتلقيح يوم الأحد في جميع المحافضات.";
        List<Finding> found = spelling.check(DraftForChecks.Language.AR, "body", text);
        assertThat(found).filteredOn(f -> "المحافضات".equals(f.excerpt())).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo(ContentCheck.SPELLING);
            assertThat(f.clause()).isEqualTo("G7.3.c");
            assertThat(text.substring(f.start(), f.end())).isEqualTo("المحافضات");
            assertThat(f.suggestions()).first().isEqualTo("المحافظات");
        });
        assertThat(spelling.check(DraftForChecks.Language.KU, "body", "هەڵمەتی کوتان")).isEmpty();
    }

    @Test
    void shouldFindEveryArabicMisspellingAtItsPlaceInTheFieldAcrossParagraphs() {
        String text = "تعلن وزارة الصحه عن بدء الحملة.\n\nوتدعو الوزارة الأهالي في جميع المحافضات إلى التعاون.\n"
                + "وتستمر الحملة خمسة أيام في المدن والأرياف.";
        List<Finding> found = spelling.check(DraftForChecks.Language.AR, "body", text);
        assertThat(found).allSatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.excerpt()));
        assertThat(found).filteredOn(f -> "الصحه".equals(f.excerpt())).singleElement()
                .satisfies(f -> assertThat(f.suggestions()).contains("الصحة"));
        assertThat(found).filteredOn(f -> "المحافضات".equals(f.excerpt())).singleElement()
                .satisfies(f -> assertThat(f.suggestions()).contains("المحافظات"));
    }

    @Test
    void shouldGiveNoSpellingFindingForACorrectlySpelledArabicText() {
        String text = "تبدأ الحملة الوطنية للتلقيح يوم الأحد في جميع المحافظات.\n"
                + "وتدعو وزارة الصحة الأهالي إلى التعاون مع الفرق الصحية.";
        assertThat(spelling.check(DraftForChecks.Language.AR, "body", text)).isEmpty();
    }

    @Test
    void shouldAnswerTheSameFindingsWhenAnUnchangedTextIsCheckedAgain() {
        String text = "تبدأ الحملة يوم الأحد في جميع المحافضات.\nوتدعو وزارة الصحه الأهالي إلى التعاون.";
        spelling.forget();
        List<Finding> first = spelling.check(DraftForChecks.Language.AR, "body", text);
        List<Finding> again = spelling.check(DraftForChecks.Language.AR, "body", text);
        assertThat(first).extracting(Finding::excerpt).contains("المحافضات", "الصحه");
        assertThat(again).isEqualTo(first);
        String edited = "وتدعو وزارة الصحه الأهالي إلى التعاون.\nتبدأ الحملة يوم الأحد في جميع المحافضات.";
        assertThat(spelling.check(DraftForChecks.Language.AR, "title", edited))
                .allSatisfy(f -> assertThat(edited.substring(f.start(), f.end())).isEqualTo(f.excerpt()))
                .extracting(Finding::field).containsOnly("title");
    }

    @Test
    void shouldTellALinkThatAnswersFromOneThatDoesNot() {
        assertThat(liveness.answers(health.toString()).join()).isTrue();
        assertThat(liveness.answers(missing.toString()).join()).isFalse();
        assertThat(liveness.answers("https://127.0.0.1:1/").join()).isFalse();
        assertThat(liveness.answers("https://no-such-host.invalid/").join()).isFalse();
    }
}
