package io.rasmi.text.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MinHashBandsTest {

    private static final String POST = "أعلنت وزارة الصحة عن بدء حملة التلقيح الوطنية ضد شلل الأطفال في جميع المحافظات "
            + "اعتباراً من يوم الأحد المقبل، وتستمر الحملة لمدة خمسة أيام، وتدعو الوزارة الأهالي إلى التعاون مع الفرق الصحية.";

    @Test
    void shouldShareBandsForTheSameTextWrittenWithOtherLetterFormsAndASmallEdit() {
        String variant = POST.replace("أعلنت", "اعلنت").replace("الأحد", "الاحد").replace("خمسة", "ستة");
        assertThat(shared(MinHashBands.of(MinHashBands.comparable(POST), "moh"),
                MinHashBands.of(MinHashBands.comparable(variant), "moh"))).isGreaterThan(0);
    }

    @Test
    void shouldShareNoBandsAcrossScopesOrWithAnUnrelatedText() {
        String other = "تعلن وزارة التعليم العالي عن نتائج القبول المركزي للعام الدراسي الجديد عبر موقعها الرسمي.";
        long[] post = MinHashBands.of(MinHashBands.comparable(POST), "moh");
        assertThat(shared(post, MinHashBands.of(MinHashBands.comparable(POST), "mohe"))).isZero();
        assertThat(shared(post, MinHashBands.of(MinHashBands.comparable(other), "moh"))).isZero();
    }

    @Test
    void shouldGiveNoBandsForAnEmptyText() {
        assertThat(MinHashBands.of(MinHashBands.comparable("  ،، "), "moh")).isEmpty();
        assertThat(MinHashBands.of(MinHashBands.comparable("x"), "moh")).hasSize(MinHashBands.BANDS);
    }

    @Test
    void shouldRarelyShareBandsBetweenRandomTexts() {
        Random random = new Random(7);
        String[] words = new String[3000];
        for (int w = 0; w < words.length; w++) {
            StringBuilder word = new StringBuilder();
            for (int c = 0; c < 3 + random.nextInt(5); c++) {
                word.append((char) ('\u0628' + random.nextInt(20)));
            }
            words[w] = word.toString();
        }
        long[] first = MinHashBands.of(MinHashBands.comparable(randomText(random, words)), "moh");
        int sharing = 0;
        for (int i = 0; i < 200; i++) {
            if (shared(first, MinHashBands.of(MinHashBands.comparable(randomText(random, words)), "moh")) > 0) {
                sharing++;
            }
        }
        assertThat(sharing).isLessThan(10);
    }

    private static String randomText(Random random, String[] words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.toString();
    }

    private static long shared(long[] a, long[] b) {
        return Arrays.stream(a).filter(x -> Arrays.stream(b).anyMatch(y -> y == x)).count();
    }
}
