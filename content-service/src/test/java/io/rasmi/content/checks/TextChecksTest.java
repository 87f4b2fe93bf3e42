package io.rasmi.content.checks;

import io.rasmi.content.items.MediaKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Personal data (G6.i, G8.5) and hate speech (G4.3.j) in the texts of a draft. */
class TextChecksTest {

    @Test
    void shouldBlockAPersonalPhoneNumberInArabicIndicDigitsWithItsPosition() {
        String body = "للحجز اتصلوا بالدكتور أحمد على ٠٧٧٠١٢٣٤٥٦٧";
        List<Finding> found = PersonalDataCheck.run(Drafts.moh().body(body).build());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo(ContentCheck.PERSONAL_DATA);
            assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(f.clauses()).containsExactly("G6.i", "G8.5");
            assertThat(body.substring(f.start(), f.end())).isEqualTo("٠٧٧٠١٢٣٤٥٦٧");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "call Dr Ahmed on +964 770 123 4567", "راسلوا ahmed.k@gmail.com للاستفسار",
            "رقم بطاقته الوطنية ١٩٨٧٦٥٤٣٢١٠٩", "واتساب ۰۷۸۰۱۲۳۴۵۶۷" })
    void shouldBlockPersonalDataInArabicAndEnglish(String body) {
        assertThat(Drafts.checks(PersonalDataCheck.run(Drafts.moh().body(body).build())))
                .containsExactly(ContentCheck.PERSONAL_DATA);
    }

    @ParameterizedTest
    @ValueSource(strings = { "الخط الساخن 122", "راسلوا info@moh.gov.iq أو media@cabinet.gov.iq",
            "البدالة +964 1 234 5678", "Call the hotline 122 or write to info@moh.gov.iq", "صدر في ٢٠٢٤/١١/٣٠" })
    void shouldLetOfficialContactsThrough(String body) {
        assertThat(PersonalDataCheck.run(Drafts.moh().body(body).build())).isEmpty();
    }

    @Test
    void shouldFindPersonalDataInAMediaDescription() {
        List<Finding> found = PersonalDataCheck.run(Drafts.moh().media(List.of(Drafts.media(
                MediaKind.IMAGE, "بطاقة المريض ورقمه 07701234567", false, null, false, true, true)))
                .build());
        assertThat(found).extracting(Finding::field).containsExactly("media[0].description");
    }

    @ParameterizedTest
    @ValueSource(strings = { "هذا المراجع حقير", "هذا المراجع حَقِيـــرٌ", "هؤلاء روافض", "يا كلب",
            "ياكلب", "هذا گواد", "you are an 1d10t", "what a piece of shit" })
    void shouldBlockHateSpeechAndInsultsWhateverTheSpelling(String body) {
        List<Finding> found = HateSpeechCheck.run(Drafts.moh().body(body).build());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo(ContentCheck.HATE_SPEECH);
            assertThat(f.clause()).isEqualTo("G4.3.j");
            assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(body.substring(f.start(), f.end())).isEqualTo(f.excerpt());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "حملة للتوعية بداء الكلب", "الكشف المبكر عن سرطان الثدي", "تحقيق الأهداف",
            "a classic assessment", "نقل اللقاحات بالبكس" })
    void shouldNotFlagInnocentWords(String body) {
        assertThat(HateSpeechCheck.run(Drafts.moh().body(body).build())).isEmpty();
    }
}
