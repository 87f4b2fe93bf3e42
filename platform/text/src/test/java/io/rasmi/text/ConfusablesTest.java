package io.rasmi.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfusablesTest {

    @ParameterizedTest(name = "{0} looks like {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MOH_Iraq      | M0H.lraq
            moh_iraq      | MOH_lraq
            moh_iraq      | moh-iraq
            moh_iraq      | moh.iraq
            moh_iraq      | mohiraq
            moh_iraq      | MOH IRAQ
            rnoh          | moh
            vvizara       | wizara
            l1I!          | llll
            g0v_iq        | gov.iq
            ba5ra         | basra
            moooh         | moh
            mоh           | moh
            рaypal        | paypal
            @moh_iraq     | moh_iraq
            وزارة_الصحة    | وزاره.الصحه
            """)
    void shouldGiveLookAlikesOneSkeleton(String a, String b) {
        assertEquals(Confusables.skeleton(a), Confusables.skeleton(b));
    }

    @ParameterizedTest(name = "{0} does not look like {1}")
    @CsvSource(delimiter = '|', textBlock = """
            moh_iraq  | moi_iraq
            moh       | mof
            mohe      | moh
            وزارة     | زيارة
            """)
    void shouldKeepDifferentNamesApart(String a, String b) {
        assertNotEquals(Confusables.skeleton(a), Confusables.skeleton(b));
    }

    @Test
    void shouldReadAPipeAsAnL() {
        assertEquals("moh.lraq".replace(".", ""), Confusables.skeleton("M0H|raq"));
    }
}
