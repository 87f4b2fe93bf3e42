package io.rasmi.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CandidateIndexTest {

    private static final int LIMIT = 16;

    /** Thousands of names of made-up accounts, Latin and Arabic, among which the official one must be found. */
    private static CandidateIndex<String> crowded(long seed) {
        CandidateIndex<String> index = new CandidateIndex<>();
        Random random = new Random(seed);
        String latin = "bcdfghjklmnprstvwz";
        String vowels = "aeiou";
        String arabic = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
        for (int i = 0; i < 3000; i++) {
            StringBuilder handle = new StringBuilder();
            for (int syllable = 0; syllable < 3 + random.nextInt(3); syllable++) {
                handle.append(latin.charAt(random.nextInt(latin.length())))
                        .append(vowels.charAt(random.nextInt(vowels.length())));
            }
            handle.append(random.nextBoolean() ? "_iraq" : "_iq");
            StringBuilder name = new StringBuilder("وزارة ");
            for (int letter = 0; letter < 5; letter++) {
                name.append(arabic.charAt(random.nextInt(arabic.length())));
            }
            index.put("crowd-" + i, List.of(handle.toString(), name.toString()));
        }
        return index;
    }

    @ParameterizedTest(name = "{1} finds {0}")
    @CsvSource(delimiter = '|', textBlock = """
            وزارة الصحة                 | وزاره الصحه
            وزارة الصحة                 | وَزَارَةُ الصِّحَّةِ
            moh_iraq                    | MOH.Iraq
            MOH_Iraq                    | M0H.lraq
            moh_iraq                    | MOH_lraq
            IraqiMOH                    | moh_iraq
            moh_lraq_news               | moh_iraq
            وزارة الصحة                 | وزارة الصحة العراقية - الصفحة الرسمية
            Iraqi Ministry of Health    | Ministry of Health Iraq
            هيئة الإعلام والاتصالات     | هيأة الاعلام والاتصالات
            وزارة الصحة                 | wzara alsha
            وزارة الصحة                 | Wizarat al-Sihha
            وزارة الصحة العراقية        | Wizarat al-Sihha al-Iraqiya
            هيئة النزاهة الاتحادية      | Hayat al-Nazaha al-Ittihadiya
            بغداد                       | Baghdad
            moh_iraq                    | mohe_iraq
            amanat_baghdad              | amanat_bagdad
            """)
    void shouldFindTheNameALookAlikeCopiesAmongThousands(String official, String lookAlike) {
        CandidateIndex<String> index = crowded(official.hashCode());
        index.put("official", List.of(official));

        List<CandidateIndex.Candidate<String>> candidates = index.candidates(ComparableName.of(lookAlike), LIMIT);

        assertTrue(candidates.stream().anyMatch(candidate -> candidate.keys().contains("official")),
                () -> lookAlike + " did not find " + official + " among " + candidates);
    }

    @Test
    void shouldReturnAtMostTheLimitBestFirst() {
        CandidateIndex<String> index = crowded(7);

        List<CandidateIndex.Candidate<String>> candidates = index.candidates(ComparableName.of("bamaru_iraq"), LIMIT);

        assertTrue(candidates.size() <= LIMIT, () -> candidates.size() + " candidates");
        for (int i = 1; i < candidates.size(); i++) {
            assertTrue(candidates.get(i - 1).overlap() >= candidates.get(i).overlap(), candidates::toString);
        }
    }

    @Test
    void shouldReturnNothingForANameThatSharesNoLetters() {
        CandidateIndex<String> index = new CandidateIndex<>();
        index.put("a", List.of("moh_iraq", "وزارة الصحة"));

        assertEquals(List.of(), index.candidates(ComparableName.of("xyzzy"), LIMIT));
        assertEquals(List.of(), index.candidates(ComparableName.of(""), LIMIT));
    }

    @Test
    void shouldKeepANameSharedByTwoKeysUntilBothLetItGo() {
        CandidateIndex<String> index = new CandidateIndex<>();
        index.put("a", List.of("وزارة الصحة", "moh_one"));
        index.put("b", List.of("وزارة الصحة", "moh_two"));

        assertEquals(Set.of("a", "b"), index.candidates(ComparableName.of("وزارة الصحة"), 1).get(0).keys());

        index.remove("a");
        assertEquals(Set.of("b"), index.candidates(ComparableName.of("وزارة الصحة"), 1).get(0).keys());
        assertTrue(index.candidates(ComparableName.of("moh_one"), LIMIT).stream()
                .noneMatch(candidate -> candidate.name().original().equals("moh_one")));

        index.put("b", List.of("moh_three"));
        assertEquals(List.of(), index.candidates(ComparableName.of("وزارة الصحة"), LIMIT));
        assertEquals(Set.of("b"), index.candidates(ComparableName.of("moh_three"), 1).get(0).keys());
        assertEquals(1, index.size());
    }
}
