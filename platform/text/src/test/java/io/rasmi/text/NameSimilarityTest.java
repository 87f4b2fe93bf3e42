package io.rasmi.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {

    @ParameterizedTest(name = "{0} ~ {1}: at least {2}")
    @CsvSource(delimiter = '|', textBlock = """
            أحمد                        | احمد                                   | 1.0
            إسلام                       | اسلام                                  | 1.0
            وزارة الصحة                 | وزاره الصحه                            | 1.0
            مستشفى                      | مستشفي                                 | 1.0
            وَزَارَةُ الصِّحَّةِ              | وزارة الصحة                            | 1.0
            وزارة الصـــحة               | وزارة الصحة                            | 1.0
            moh_iraq                    | MOH.Iraq                               | 1.0
            MOH_Iraq                    | M0H.lraq                               | 0.97
            moh_iraq                    | MOH_lraq                               | 0.97
            rnoh                        | moh                                    | 0.97
            vvizara_iq                  | wizara_iq                              | 0.97
            IraqiMOH                    | moh_iraq                               | 0.9
            moh_lraq_news               | moh_iraq                               | 0.9
            وزارة الصحة                 | وزارة الصحة العراقية - الصفحة الرسمية | 0.9
            Iraqi Ministry of Health    | Ministry of Health Iraq                | 0.9
            هيئة الإعلام والاتصالات     | هيأة الاعلام والاتصالات                | 0.9
            وزارة الصحة                 | wzara alsha                            | 0.85
            وزارة الصحة                 | Wizarat al-Sihha                       | 0.8
            وزارة الصحة العراقية        | Wizarat al-Sihha al-Iraqiya            | 0.8
            هيئة النزاهة الاتحادية      | Hayat al-Nazaha al-Ittihadiya          | 0.85
            محمد                        | Mohammed                               | 0.85
            بغداد                       | Baghdad                                | 0.85
            moh_iraq                    | mohe_iraq                              | 0.8
            """)
    void shouldFindNamesAlike(String a, String b, double atLeast) {
        double score = NameSimilarity.score(a, b);

        assertTrue(score >= atLeast, () -> a + " ~ " + b + " scored " + score);
    }

    @ParameterizedTest(name = "{0} ~ {1}: at most {2}")
    @CsvSource(delimiter = '|', textBlock = """
            وزارة الصحة                 | وزارة النفط                 | 0.4
            وزارة الداخلية              | وزارة الدفاع                | 0.5
            وزارة التربية               | وزارة التعليم العالي        | 0.5
            moh_iraq                    | oil_ministry                | 0.4
            moh_iraq                    | mofa_iraq                   | 0.7
            وزارة الصحة                 | Ministry of Oil             | 0.4
            hello                       | world                       | 0.4
            مها                         | moh                         | 0.4
            """)
    void shouldFindUnrelatedNamesApart(String a, String b, double atMost) {
        double score = NameSimilarity.score(a, b);

        assertTrue(score <= atMost, () -> a + " ~ " + b + " scored " + score);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            moh_iraq          | moh_iraq            | IDENTICAL
            أحمد              | احمد                | NORMALISED
            MOH_Iraq          | M0H.lraq            | CONFUSABLE_CHARACTERS
            محمد              | Mohammed            | TRANSLITERATION
            وزارة الصحة       | الصحة العراقية      | GENERIC_WORDS_IGNORED
            amanat_baghdad    | amanat_bagdad       | EDIT_DISTANCE
            """)
    void shouldSayWhy(String a, String b, SimilarityReason reason) {
        Similarity similarity = NameSimilarity.compare(a, b);

        assertTrue(similarity.reasons().contains(reason), () -> a + " ~ " + b + ": " + similarity);
    }

    @Test
    void shouldRankTheCloserLookAlikeFirst() {
        String official = "moh_iraq";
        List<String> fromClosest = List.of("moh_iraq", "moh.iraq", "M0H_lraq", "moh_iraqq", "mofa_iraq", "oil_ministry");

        List<Double> scores = fromClosest.stream().map(name -> NameSimilarity.score(official, name)).toList();

        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), () -> fromClosest + " scored " + scores);
        }
        assertTrue(scores.get(0) > scores.get(2), () -> "an exact name must outrank a look-alike: " + scores);
    }

    @Test
    void shouldScoreBothWaysTheSame() {
        List<List<String>> pairs = List.of(List.of("وزارة الصحة", "Wizarat al-Sihha"), List.of("rnoh", "moh"),
                List.of("moh_iraq", "mofa_iraq"), List.of("وزارة الصحة", "الصحة"));
        for (List<String> pair : pairs) {
            assertEquals(NameSimilarity.score(pair.get(0), pair.get(1)), NameSimilarity.score(pair.get(1), pair.get(0)),
                    1e-9, pair::toString);
        }
    }

    @Test
    void shouldFindNothingInAnEmptyName() {
        assertEquals(0, NameSimilarity.score("", "moh"));
        assertEquals(0, NameSimilarity.score(null, null));
        assertEquals(0, NameSimilarity.score("___", "..."));
        assertEquals(Set.of(), NameSimilarity.compare("", "moh").reasons());
    }

    @Test
    void shouldCompareANamePreparedOnceLikeAString() {
        ComparableName official = ComparableName.of("وزارة الصحة");

        assertEquals(NameSimilarity.score("وزارة الصحة", "wzara alsha"),
                NameSimilarity.compare(official, ComparableName.of("wzara alsha")).score(), 1e-9);
        assertEquals("وزاره الصحه".replace(" ", ""), official.plain());
    }
}
