package io.rasmi.kpi.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default classifier's rules, one at a time, in Arabic (MSA and Iraqi) and English. */
class LexiconClassifierTest {

    private final LexiconClassifier classifier = new LexiconClassifier();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            الخدمة ممتازة                          | POSITIVE
            الخدمة سيئة                            | NEGATIVE
            سيتم افتتاح المركز يوم الأحد           | NEUTRAL
            عاشت ايدكم                             | POSITIVE
            شغلكم زفت                              | NEGATIVE
            شوكت يطلع التعيين؟                     | NEUTRAL
            The new service is excellent           | POSITIVE
            The website is terrible                | NEGATIVE
            The office opens at nine on Sunday     | NEUTRAL
            """)
    void shouldClassifyPlainComments(String text, Sentiment expected) {
        assertThat(classifier.classify(text, null).sentiment()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            الخدمة جيدة            | الخدمة ليست جيدة
            القرار زين             | القرار مو زين
            الموظف محترم           | الموظف مش محترم
            عجبني التطبيق          | ما عجبني التطبيق
            عجبني التطبيق          | ماعجبني التطبيق
            التعامل مقبول          | التعامل غير مقبول
            سنكون سعداء            | لن نكون سعداء
            The staff were helpful | The staff were not helpful
            The app is good        | The app isn't good
            I like the new website | I don't like the new website
            The service was bad    | The service was never bad
            """)
    void shouldFlipASentimentWordAfterANegation(String plain, String negated) {
        double before = classifier.classify(plain, null).score();
        double after = classifier.classify(negated, null).score();
        assertThat(Math.signum(after)).isEqualTo(-Math.signum(before));
        assertThat(Math.abs(after)).isLessThan(Math.abs(before)); // a negation damps as it flips
    }

    @Test
    void shouldNotCarryANegationPastTheEndOfAClause() {
        assertThat(classifier.classify("ما نريد وعود، تعبنا", "ar").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(classifier.classify("No way. This is great", "en").sentiment()).isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void shouldReadTheArabicExclamationOfWonderAsPraiseNotNegation() {
        double exclamation = classifier.classify("ما اجمل هذا العمل", "ar").score();
        double plain = classifier.classify("هذا العمل جميل", "ar").score();
        assertThat(exclamation).isPositive().isGreaterThan(plain);
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource(delimiter = '|', textBlock = """
            الخدمة جيدة            | الخدمة جيدة جدا
            الموقع حلو             | الموقع حلو كلش
            الموقع حلو             | الموقع كلش حلو
            الشغل زين              | الشغل حيل زين
            الخدمة سيئة            | الخدمة سيئة للغاية
            The service is good    | The service is very good
            The wait was bad       | The wait was extremely bad
            """)
    void shouldStrengthenAfterAnIntensifier(String plain, String intensified) {
        assertThat(Math.abs(classifier.classify(intensified, null).score()))
                .isGreaterThan(Math.abs(classifier.classify(plain, null).score()));
    }

    @ParameterizedTest(name = "{0} > {1}")
    @CsvSource(delimiter = '|', textBlock = """
            الخدمة جيدة            | الخدمة جيدة نسبيا
            الموقع حلو             | الموقع حلو شوية
            The service is good    | The service is slightly good
            The app is bad         | The app is somewhat bad
            """)
    void shouldWeakenAfterADiminisher(String plain, String diminished) {
        assertThat(Math.abs(classifier.classify(diminished, null).score()))
                .isLessThan(Math.abs(classifier.classify(plain, null).score()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ممتاز                  | مُمْتَازٌ
            ممتاز                  | ممتـــــاز
            رائعة                  | رائعه
            احسنتم                 | أحسنتم
            حلو                    | حلووووو
            good                   | goooood
            شكرا                   | شكراً
            """)
    void shouldMatchWhateverTheDiacriticsTatweelOrElongation(String plain, String written) {
        assertThat(classifier.classify(written, null).score()).isEqualTo(classifier.classify(plain, null).score())
                .isNotZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            والخدمات ممتازة       | POSITIVE
            بالتوفيق للجميع        | POSITIVE
            للأسف الموقع معطل      | NEGATIVE
            كلها كلاوات وجذب       | NEGATIVE
            هواية حلوين            | POSITIVE
            """)
    void shouldStripArabicClitics(String text, Sentiment expected) {
        assertThat(classifier.classify(text, "ar").sentiment()).isEqualTo(expected);
    }

    @Test
    void shouldWeighWhatFollowsButMore() {
        assertThat(classifier.classify("The staff were kind but the wait was awful", "en").sentiment())
                .isEqualTo(Sentiment.NEGATIVE);
        assertThat(classifier.classify("الانتظار طويل ومزعج لكن الموظفين ممتازين", "ar").sentiment())
                .isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void shouldCountEmojiAndEmoticons() {
        assertThat(classifier.classify("🌹🌹👏", null).sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(classifier.classify("الكهرباء 😡👎", null).sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(classifier.classify("still at work :(", null).sentiment()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void shouldAnswerNeutralForEmptyOrUnknownText() {
        assertThat(classifier.classify("", null)).isEqualTo(new SentimentClassifier.Classification(Sentiment.NEUTRAL, 0));
        assertThat(classifier.classify(null, "ku").sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(classifier.classify("12345 ...", null).sentiment()).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void shouldKeepTheScoreBetweenMinusOneAndOne() {
        double score = classifier.classify("ممتاز رائع جميل عظيم مبدع excellent amazing wonderful!!!!", null).score();
        assertThat(score).isBetween(0.9, 1.0);
    }
}
