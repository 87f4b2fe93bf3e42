package io.rasmi.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            وزارة الصحة              | wzrlsh
            wzara alsha              | wzrlsh
            Wizarat al-Sihha         | wzrtlsh
            محمد                     | mhmd
            Mohammed                 | mhmd
            Muhammad                 | mhmd
            بغداد                    | bghd
            Baghdad                  | bghd
            يوسف                     | ysf
            Yousif                   | ysf
            Yusuf                    | ysf
            العراقية                 | lrky
            al-Iraqiya               | lrky
            البصرة                   | lbsr
            Al Basra                 | lbsr
            هيئة                     | hy
            مؤسسة                    | ms
            muassasa                 | ms
            خالد                     | khld
            Khalid                   | khld
            ديوان                    | dwn
            Diwan                    | dwn
            وَزَارَةُ                    | wzr
            Qasim                    | ksm
            قاسم                     | ksm
            ٢٠٢٤                     | 2024
            ''                       | ''
            """)
    void shouldWriteTheConsonantsInLatin(String written, String skeleton) {
        assertEquals(skeleton == null ? "" : skeleton, Transliteration.latinSkeleton(written));
    }
}
