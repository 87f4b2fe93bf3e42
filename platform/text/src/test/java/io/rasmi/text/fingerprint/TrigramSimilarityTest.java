package io.rasmi.text.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrigramSimilarityTest {

    @Test
    void shouldCountTrigramsAsPgTrgmDoes() {
        // pg_trgm: similarity('word', 'words') = 0.5714286 (4 shared of 7)
        assertThat(TrigramSimilarity.of("word", "words")).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(TrigramSimilarity.of("وزارة الصحة", "وزارة الصحة")).isEqualTo(1.0);
        assertThat(TrigramSimilarity.of("وزارة الصحة", "نتائج القبول")).isLessThan(0.2);
    }

    @Test
    void shouldGiveTheSameFiguresAsTheSetsOfTrigramStrings() {
        Random random = new Random(7);
        String letters = "ابتثجحخدذرسشصضطظعغفقكلمنهوي ءآة0123456789abc";
        for (int run = 0; run < 2000; run++) {
            String first = randomText(random, letters);
            String second = random.nextInt(4) == 0 ? first + " " + randomText(random, letters)
                    : randomText(random, letters);
            assertThat(TrigramSimilarity.of(first, second)).as("%s | %s", first, second)
                    .isEqualTo(bySets(first, second));
            assertThat(TrigramSimilarity.of(first).to(second)).isEqualTo(bySets(first, second));
        }
        assertThat(TrigramSimilarity.of("", "")).isEqualTo(1.0);
        assertThat(TrigramSimilarity.of("  ", "")).isEqualTo(0.0);
    }

    private static String randomText(Random random, String letters) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            text.append(letters.charAt(random.nextInt(letters.length())));
        }
        return text.toString();
    }

    /** The measure as it was first written: a set of trigram strings per text. */
    private static double bySets(String first, String second) {
        Set<String> a = trigramStrings(first);
        Set<String> b = trigramStrings(second);
        if (a.isEmpty() && b.isEmpty()) {
            return first.equals(second) ? 1 : 0;
        }
        int shared = 0;
        for (String trigram : a) {
            if (b.contains(trigram)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static Set<String> trigramStrings(String text) {
        Set<String> trigrams = new HashSet<>();
        for (String word : text.split(" ")) {
            if (!word.isEmpty()) {
                String padded = "  " + word + " ";
                for (int i = 0; i + 3 <= padded.length(); i++) {
                    trigrams.add(padded.substring(i, i + 3));
                }
            }
        }
        return trigrams;
    }
}
