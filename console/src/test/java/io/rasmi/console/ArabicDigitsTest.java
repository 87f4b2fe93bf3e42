package io.rasmi.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasmi.console.web.ArabicDigits;
import org.junit.jupiter.api.Test;

class ArabicDigitsTest {

    @Test
    void shouldReadArabicIndicDigitsAsAscii() {
        assertThat(ArabicDigits.toAscii("٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
    }

    @Test
    void shouldReadExtendedArabicIndicDigitsAsAscii() {
        assertThat(ArabicDigits.toAscii("۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789");
    }

    @Test
    void shouldLeaveLettersAndAsciiDigitsAsTheyAre() {
        assertThat(ArabicDigits.toAscii("@MOH_Iraq ٢٠٢٤/م/117")).isEqualTo("@MOH_Iraq 2024/م/117");
        assertThat(ArabicDigits.toAscii(null)).isNull();
    }
}
