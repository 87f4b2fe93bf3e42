package io.rasmi.content.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** Screening of comments and replies: what must be found, in Arabic and English, and what must not. */
@QuarkusTest
class CommentScreeningTest {

    @Inject
    CommentScreening screening;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            هذا الموظف حَقِيـــر                          | HATE_SPEECH   | حَقِيـــر                | G4.3.j
            you are an idiot                           | HATE_SPEECH   | idiot                    | G4.3.j
            you are an 1D10T                           | HATE_SPEECH   | 1D10T                    | G4.3.j
            اتصلوا بي على ٠٧٧٠١٢٣٤٥٦٧ رجاءً            | PERSONAL_DATA | ٠٧٧٠١٢٣٤٥٦٧              | G6.i
            call me on 07701234567 please              | PERSONAL_DATA | 07701234567              | G6.i
            راسلوني ali.hassan@gmail.com               | PERSONAL_DATA | ali.hassan@gmail.com     | G6.i
            رقم بطاقتي ١٩٨٧٦٥٤٣٢١٠٩                    | PERSONAL_DATA | ١٩٨٧٦٥٤٣٢١٠٩             | G6.i
            تابعونا على https://t.me/fake_moh          | OUTSIDE_LINK  | https://t.me/fake_moh    | G7.6
            see https://www.facebook.com/other/posts/1 | OUTSIDE_LINK  | https://www.facebook.com/other/posts/1 | G7.6
            الرابط bit.ly/3xYz                         | OUTSIDE_LINK  | bit.ly/3xYz              | G7.6
            الرابط https://moh.gov.iq@evil.example/a   | OUTSIDE_LINK  | https://moh.gov.iq@evil.example/a | G7.6
            موقع http://rnoh-gov.example/x، بسرعة      | OUTSIDE_LINK  | http://rnoh-gov.example/x | G7.6
            """)
    void shouldFindWhatModeratorsMustSee(String text, ScreeningKind kind, String excerpt, String clause) {
        List<ScreeningFinding> findings = screening.screen("moh", text);
        assertThat(findings).extracting(ScreeningFinding::kind).containsExactly(kind);
        ScreeningFinding finding = findings.get(0);
        assertThat(finding.excerpt()).isEqualTo(excerpt);
        assertThat(text.substring(finding.start(), finding.end())).isEqualTo(excerpt);
        assertThat(finding.clauses()).contains(clause);
        assertThat(finding.messageAr()).isNotBlank().isNotEqualTo(finding.messageEn());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "شكراً على التوضيح، خدمة ممتازة", "متى تبدأ حملة التلقيح؟ ٢٠٢٦",
            "حملة للتوعية بداء الكلب في بغداد", "الحقيبة الوزارية", "a classic assessment of the class",
            "رقم الطوارئ ١٢٢ والخط الساخن", "التفاصيل على https://moh.gov.iq/news/1 وعلى www.who.int/ar",
            "اكتبوا الى info@moh.gov.iq", "Thank you for the update!", "ولد سنة 2019 وعمره 7 سنوات" })
    void shouldLeaveOrdinaryCommentsAlone(String text) {
        assertThat(screening.screen("moh", text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            متى تبدأ حملة التلقيح؟                  | ar
            سوپاس بۆ ئەم زانیاریانە                 | ku
            When does the campaign start?          | en
            ok                                     | null
            123 !!!                                | null
            شكرا جزيلا thanks a lot               | null
            """)
    void shouldTellTheLanguageOnlyWhenSure(String text, String language) {
        assertThat(CommentLanguage.of(text)).isEqualTo(language);
    }
}
