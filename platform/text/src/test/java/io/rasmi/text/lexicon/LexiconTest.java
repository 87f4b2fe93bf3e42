package io.rasmi.text.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final Lexicon HATE = Lexicon.hateSpeech();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            هذا الموظف حقير                      | حقير
            هذا الموظف حَقِيرٌ                      | حَقِيرٌ
            هذا الموظف حقـــــير                  | حقـــــير
            انت سافله ومنحطه                      | سافله
            يا كلب اسكت                           | يا كلب
            ياكلب اسكت                            | ياكلب
            يا كَلْب اسكت                          | يا كَلْب
            والحقير لا يستحق                      | والحقير
            هذا گواد                              | گواد
            هذا زمااااال                          | زمااااال
            هؤلاء روافض                           | روافض
            هؤلاء الرافضة                         | الرافضة
            هذا حقی ر                             |
            you are an idiot!                     | idiot
            you are an 1D10T                      | 1D10T
            you are an іdіot                      | іdіot
            what a piece of   shit                | piece of   shit
            F U C K                               |
            """)
    void shouldFindAnEntryWhateverTheSpellingTricks(String text, String written) {
        List<LexiconMatch> found = HATE.find(text);
        if (written == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).extracting(LexiconMatch::written).first().isEqualTo(written);
            LexiconMatch match = found.get(0);
            assertThat(text.substring(match.start(), match.end())).isEqualTo(written);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "حملة للتوعية بداء الكلب في بغداد", "حملة للكشف المبكر عن سرطان الثدي",
            "نقل المواد بالبكس إلى المخازن", "تحقيق الإنجازات في الوزارة", "الحقيبة الوزارية",
            "a classic assessment of the class", "the Scunthorpe office", "we shall fight idiotic rumours",
            "prevention of violence against women", "كلية الطب البيطري تعالج الحمار المريض" })
    void shouldNotFlagInnocentWordsThatContainAnEntry(String text) {
        assertThat(HATE.find(text)).isEmpty();
    }

    @Test
    void shouldCarryTheCategoryOfTheEntry() {
        assertThat(HATE.find("هؤلاء نواصب")).extracting(LexiconMatch::category).containsExactly("SECTARIAN");
        assertThat(HATE.size()).isGreaterThan(100);
    }

    @Test
    void shouldPreferTheLongestPhraseStartingAtAWord() {
        assertThat(HATE.find("you son of a bitch")).extracting(LexiconMatch::term).containsExactly("son of a bitch");
    }
}
