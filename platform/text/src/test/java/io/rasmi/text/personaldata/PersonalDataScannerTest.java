package io.rasmi.text.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataScannerTest {

    private static final Predicate<String> ON_GOV_IQ = email -> email.toLowerCase().endsWith(".gov.iq");

    @Test
    void shouldFindAMobileNumberWrittenInArabicIndicDigitsWithItsPositionInTheOriginalText() {
        String text = "للاستفسار اتصلوا بالمدير على ٠٧٧٠١٢٣٤٥٦٧ مساءً";
        List<PersonalDataMatch> found = PersonalDataScanner.scan(text, ON_GOV_IQ);
        assertThat(found).hasSize(1);
        PersonalDataMatch phone = found.get(0);
        assertThat(phone.kind()).isEqualTo(PersonalDataKind.PHONE_NUMBER);
        assertThat(phone.value()).isEqualTo("+9647701234567");
        assertThat(text.substring(phone.start(), phone.end())).isEqualTo("٠٧٧٠١٢٣٤٥٦٧");
    }

    @ParameterizedTest
    @ValueSource(strings = { "رقم الموظف: ۰۷۸۰۱۲۳۴۵۶۷", "call +964 770 123 4567 now", "واتساب: 009647701234567",
            "هاتف ‏07701234567‏ فقط", "اتصل ٠٧٧٠-١٢٣-٤٥٦٧" })
    void shouldFindMobileNumbersInEveryWayTheyAreWritten(String text) {
        assertThat(PersonalDataScanner.scan(text, ON_GOV_IQ))
                .extracting(PersonalDataMatch::kind).containsExactly(PersonalDataKind.PHONE_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = { "هاتف الطوارئ 122", "البدالة +964 1 234 5678", "صدر بتاريخ ٢٠٢٤/١١/٣٠",
            "العدد 12345 لسنة 2024", "نسبة الإنجاز 99.5%", "info@moh.gov.iq", "الطابق 3 الغرفة 14" })
    void shouldNotFlagOfficialContactsDatesAndOrdinaryNumbers(String text) {
        assertThat(PersonalDataScanner.scan(text, ON_GOV_IQ)).isEmpty();
    }

    @Test
    void shouldFindPrivateEmailButNotAnOfficialOne() {
        String text = "راسلونا على info@moh.gov.iq أو على ahmed.k1990@gmail.com";
        List<PersonalDataMatch> found = PersonalDataScanner.scan(text, ON_GOV_IQ);
        assertThat(found).extracting(PersonalDataMatch::value).containsExactly("ahmed.k1990@gmail.com");
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("ahmed.k1990@gmail.com");
    }

    @Test
    void shouldFindATwelveDigitNationalIdInArabicIndicDigits() {
        String text = "رقم البطاقة الوطنية للمواطن ١٩٨٧٦٥٤٣٢١٠٩ يرجى مراجعته";
        List<PersonalDataMatch> found = PersonalDataScanner.scan(text, ON_GOV_IQ);
        assertThat(found).extracting(PersonalDataMatch::kind).containsExactly(PersonalDataKind.NATIONAL_ID);
        assertThat(found.get(0).value()).isEqualTo("198765432109");
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("١٩٨٧٦٥٤٣٢١٠٩");
    }

    @ParameterizedTest
    @ValueSource(strings = { "202411301200", "1234567890123", "964770123456", "077012345678",
            "المبلغ 1,234,567,890,12 دينار", "12345678901.5" })
    void shouldNotTakeTimeStampsLongerNumbersOrPhoneLikeDigitsForANationalId(String text) {
        assertThat(PersonalDataScanner.scan(text, ON_GOV_IQ))
                .extracting(PersonalDataMatch::kind).doesNotContain(PersonalDataKind.NATIONAL_ID);
    }
}
