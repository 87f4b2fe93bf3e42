package io.rasmi.text.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the ways people in Iraq write a phone number come out in E.164. */
class PhoneNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "07701234567            | +9647701234567",
            "+964 770 123 4567      | +9647701234567",
            "٠٧٧٠١٢٣٤٥٦٧            | +9647701234567",
            "۰۷۷۰۱۲۳۴۵۶۷            | +9647701234567",
            "009647701234567        | +9647701234567",
            "+٩٦٤ ٧٧٠ ١٢٣ ٤٥٦٧      | +9647701234567",
            "0770-123-4567          | +9647701234567",
            "(0770) 123 4567        | +9647701234567",
            "\u200f07701234567\u200f | +9647701234567",
            "07801234567            | +9647801234567",
            "+44 20 7946 0958       | +442079460958",
    })
    void shouldWriteValidNumbersInE164(String written, String e164) {
        assertThat(PhoneNumbers.toE164(written)).contains(e164);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "", "   ", "12345", "0770123456", "077012345678", "+964 12", "not a number",
            "07701234567 ext. 22", "+999 770 123 4567", "00000000000", "0770١٢٣abc" })
    void shouldRefuseInvalidNumbers(String written) {
        assertThat(PhoneNumbers.toE164(written)).isEmpty();
    }

    @ParameterizedTest(name = "null")
    @org.junit.jupiter.params.provider.NullSource
    void shouldRefuseNoNumber(String written) {
        assertThat(PhoneNumbers.toE164(written)).isEmpty();
    }
}
