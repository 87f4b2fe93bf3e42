package io.rasmi.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            alef with hamza above             | أحمد                 | احمد
            alef with hamza below             | إسلام                | اسلام
            alef with madda                   | آمنة                 | امنه
            alef wasla                        | ٱلله                 | الله
            hamza on waw                      | مسؤول                | مسوول
            hamza on yeh                      | هيئة                 | هييه
            lone hamza                        | سماء                 | سما
            taa marbuta as haa                | وزارة الصحة          | وزاره الصحه
            alef maqsura as yeh               | مستشفى               | مستشفي
            tashkeel                          | وَزَارَةُ الصِّحَّةِ       | وزاره الصحه
            superscript alef                  | هٰذا                 | هذا
            tatweel                           | الصـــحة             | الصحه
            presentation forms                | ﻭﺯﺍﺭﺓ                | وزاره
            lam-alef ligature                 | ﻻ                    | لا
            arabic-indic digits               | ٠١٢٣٤٥٦٧٨٩           | 0123456789
            extended arabic-indic digits      | ۰۱۲۳۴۵۶۷۸۹           | 0123456789
            persian keheh and yeh             | کوردی                | كوردي
            kurdish ae                        | کۆمەڵە               | كۆمهڵه
            invisible marks                   | وزارة\u200F الصحة     | وزاره الصحه
            latin case and accents            | Café MOH             | cafe moh
            full-width latin                  | ＭＯＨ                 | moh
            white space runs                  | '  وزارة \t  الصحة  ' | وزاره الصحه
            """)
    void shouldFoldSpellingVariants(String variant, String written, String normalized) {
        assertEquals(normalized, TextNormalizer.normalize(written.translateEscapes()), variant);
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', textBlock = """
            وزارة الصحة  | وزارة النفط
            بيت          | تيت
            حسن          | حسين
            moh          | moi
            """)
    void shouldKeepDifferentLettersApart(String a, String b) {
        assertNotEquals(TextNormalizer.normalize(a), TextNormalizer.normalize(b));
    }

    @Test
    void shouldAnswerEmptyForNothing() {
        assertEquals("", TextNormalizer.normalize(null));
        assertEquals("", TextNormalizer.normalize(""));
        assertEquals("", TextNormalizer.normalize(" \u200B "));
    }

    @Test
    void shouldSplitTokensOnSeparators() {
        assertEquals(List.of("moh", "iraq", "2024"), TextNormalizer.tokens("@MOH_Iraq.٢٠٢٤"));
        assertEquals(List.of("وزاره", "الصحه", "العراقيه"), TextNormalizer.tokens("وزارة الصحة - العراقية"));
        assertEquals(List.of("وزاره", "الصحه"), TextNormalizer.tokens("وزارة،الصحة"));
    }

    @Test
    void shouldTellScripts() {
        assertTrue(TextNormalizer.hasArabic("وزارة"));
        assertFalse(TextNormalizer.hasArabic("moh ٢٠٢٤"));
        assertTrue(TextNormalizer.hasLatin("moh ٢٠٢٤"));
        assertFalse(TextNormalizer.hasLatin("وزارة"));
    }
}
