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

    /** Names scored per search at most, among the {@link #register} of 5,000 accounts (some 15,000 names). */
    private static final int MOST_NAMES_SCORED = 2 * CandidateIndex.MAX_SCORED;
    private static final int ACCOUNTS = 5000;
    private static CandidateIndex<String> register;

    /**
     * A register of 5,000 accounts as the public lookup holds them: a handle made of syllables with a suffix they
     * all share, an Arabic display name after a generic word, an English display name with the handle in it, and
     * their entity's two names. Built once, as the public lookup builds it once.
     */
    private static synchronized CandidateIndex<String> register() {
        if (register == null) {
            CandidateIndex<String> index = new CandidateIndex<>();
            for (int i = 0; i < ACCOUNTS; i++) {
                String handle = syllables(new Random(i), 2 + new Random(i).nextInt(3)) + "_" + inSyllables(i) + "_gov";
                String nameAr = (i % 3 == 0 ? "هيئة " : "مديرية ") + arabicWords(new Random(-i));
                index.put("account-" + i, i % 2 == 0
                        ? List.of(handle, nameAr, "Directorate " + handle, "وزارة الصحة", "Ministry of Health")
                        : List.of(handle, nameAr, "Directorate " + handle, "وزارة التعليم العالي",
                                "Ministry of Higher Education"));
            }
            register = index;
        }
        return register;
    }

    private static String syllables(Random random, int count) {
        String consonants = "bcdfghjklmnprstvwz";
        String vowels = "aeiou";
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < count; i++) {
            name.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return name.toString();
    }

    /** {@code number} written in syllables, so that each handle is unique: 0 is "ba", 19 is "caca". */
    private static String inSyllables(int number) {
        String consonants = "bcdfghjklmnprstvwz";
        StringBuilder name = new StringBuilder();
        int rest = number;
        do {
            name.append(consonants.charAt(rest % consonants.length())).append('a');
            rest /= consonants.length();
        } while (rest > 0);
        return name.toString();
    }

    private static String arabicWords(Random random) {
        String letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
        StringBuilder name = new StringBuilder();
        for (int word = 0; word < 2; word++) {
            name.append(word > 0 ? " " : "");
            for (int letter = 0; letter < 4 + random.nextInt(3); letter++) {
                name.append(letters.charAt(random.nextInt(letters.length())));
            }
        }
        return name.toString();
    }

    @ParameterizedTest(name = "{1} finds {0} scoring few of 15,000 names")
    @CsvSource(delimiter = '|', textBlock = """
            وزارة الصحة                 | وزاره الصحه
            moh_iraq                    | MOH.Iraq
            MOH_Iraq                    | M0H.lraq
            IraqiMOH                    | moh_iraq
            moh_lraq_news               | moh_iraq
            وزارة الصحة                 | وزارة الصحة العراقية - الصفحة الرسمية
            Iraqi Ministry of Health    | Ministry of Health Iraq
            هيئة الإعلام والاتصالات     | هيأة الاعلام والاتصالات
            وزارة الصحة                 | wzara alsha
            وزارة الصحة العراقية        | Wizarat al-Sihha al-Iraqiya
            هيئة النزاهة الاتحادية      | Hayat al-Nazaha al-Ittihadiya
            بغداد                       | Baghdad
            moh_iraq                    | mohe_iraq
            amanat_baghdad              | amanat_bagdad
            """)
    void shouldFindTheNameALookAlikeCopiesAmong5000AccountsScoringFewNames(String official, String lookAlike) {
        CandidateIndex<String> index = register();
        index.put("official", List.of(official));
        try {
            CandidateIndex.Search<String> search = index.search(ComparableName.of(lookAlike), LIMIT);

            assertTrue(search.candidates().stream().anyMatch(candidate -> candidate.keys().contains("official")),
                    () -> lookAlike + " did not find " + official + " among " + search.candidates());
            assertTrue(search.namesScored() <= MOST_NAMES_SCORED, () -> search.namesScored() + " names scored");
        } finally {
            index.remove("official");
        }
    }

    /**
     * The benchmark's questions: a registered handle with a letter changed, and made-up handles. Each finds the
     * handle it copies, and no search scores more than a few hundred names of the 15,000 held, where scoring every
     * name that shares a trigram with it (as the index did before) scores thousands.
     */
    @Test
    void shouldScoreAtMostAFewHundredOf15000NamesPerSearchAndStillFindTheCopiedHandle() {
        CandidateIndex<String> index = register();
        Random random = new Random(19);
        int most = 0;
        for (int question = 0; question < 400; question++) {
            int copied = random.nextInt(ACCOUNTS);
            String handle = syllables(new Random(copied), 2 + new Random(copied).nextInt(3)) + "_"
                    + inSyllables(copied) + "_gov";
            int at = random.nextInt(handle.length());
            String lookAlike = handle.substring(0, at) + "x" + handle.substring(at + 1);
            CandidateIndex.Search<String> copy = index.search(ComparableName.of(lookAlike), LIMIT);
            CandidateIndex.Search<String> madeUp = index.search(
                    ComparableName.of(syllables(random, 3) + "_" + syllables(random, 2)), LIMIT);

            assertTrue(copy.candidates().stream().anyMatch(candidate -> candidate.keys().contains("account-" + copied)),
                    () -> lookAlike + " did not find " + handle + " among " + copy.candidates());
            assertTrue(madeUp.candidates().size() <= LIMIT, madeUp::toString);
            most = Math.max(most, Math.max(copy.namesScored(), madeUp.namesScored()));
        }
        assertTrue(most <= MOST_NAMES_SCORED, most + " names scored");
    }

    /**
     * Under the cap, reading only the rarer trigrams loses nothing: the best scores are those of scoring every name
     * held, by brute force.
     */
    @Test
    void shouldFindTheBestScoresThatScoringEveryNameWouldFind() {
        List<String> names = new java.util.ArrayList<>();
        CandidateIndex<String> index = new CandidateIndex<>();
        for (int i = 0; i < 150; i++) {
            String handle = syllables(new Random(i), 2 + new Random(i).nextInt(3)) + "_" + inSyllables(i) + "_gov";
            List<String> own = List.of(handle, "مديرية " + arabicWords(new Random(-i)), "Directorate " + handle);
            names.addAll(own);
            index.put("account-" + i, own);
        }
        Random random = new Random(3);
        for (int question = 0; question < 300; question++) {
            String asked = question % 3 == 0 ? arabicWords(random)
                    : names.get(random.nextInt(names.size())).replace(question % 3 == 1 ? 'a' : 'o', 'e')
                            + syllables(random, 1);
            ComparableName query = ComparableName.of(asked);
            List<Double> everyName = names.stream().distinct()
                    .map(name -> bruteForceOverlap(query, ComparableName.of(name)))
                    .filter(overlap -> overlap >= CandidateIndex.MIN_OVERLAP)
                    .sorted(java.util.Comparator.reverseOrder())
                    .limit(LIMIT)
                    .toList();

            List<Double> found = index.candidates(query, LIMIT).stream().map(CandidateIndex.Candidate::overlap)
                    .toList();

            assertEquals(everyName.size(), found.size(), asked);
            for (int i = 0; i < found.size(); i++) {
                assertEquals(everyName.get(i), found.get(i), 1e-9, asked);
            }
        }
    }

    /** The index's score, computed for one pair from the trigrams alone. */
    private static double bruteForceOverlap(ComparableName query, ComparableName name) {
        Set<String> queryGrams = CandidateIndex.gramsOf(query);
        Set<String> nameGrams = CandidateIndex.gramsOf(name);
        double best = 0;
        for (char form : new char[] {'c', 's', '='}) {
            long querySize = queryGrams.stream().filter(gram -> gram.charAt(0) == form).count();
            long nameSize = nameGrams.stream().filter(gram -> gram.charAt(0) == form).count();
            long shared = queryGrams.stream().filter(gram -> gram.charAt(0) == form && nameGrams.contains(gram))
                    .count();
            if (shared > 0) {
                best = Math.max(best, form == '=' ? 1 : 2.0 * shared / (querySize + nameSize));
            }
        }
        return best;
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
