package io.rasmi.text.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrigramSimilarityTest {

    @Test
    void shouldCountTrigramsAsPgTrgmDoes() {
        // pg_trgm: similarity('word', 'words') = 0.5714286 (4 shared of 7)
        assertThat(TrigramSimilarity.of("word", "words")).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(TrigramSimilarity.of("وزارة الصحة", "وزارة الصحة")).isEqualTo(1.0);
        assertThat(TrigramSimilarity.of("وزارة الصحة", "نتائج القبول")).isLessThan(0.2);
    }
}
