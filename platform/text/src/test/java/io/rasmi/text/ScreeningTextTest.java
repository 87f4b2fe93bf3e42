package io.rasmi.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScreeningTextTest {

    @Test
    void shouldFoldDiacriticsTatweelAndLetterVariantsAndMapBackToTheOriginal() {
        String text = "قال: حَقِـــيرةٌ!";
        ScreeningText screening = ScreeningText.of(text);
        assertThat(screening.folded()).isEqualTo("قال: حقيره!");
        ScreeningText.Token word = screening.tokens().get(1);
        int[] span = screening.originalSpan(word.start(), word.end());
        assertThat(text.substring(span[0], span[1])).isEqualTo("حَقِـــيرةٌ");
    }

    @Test
    void shouldFoldLookAlikeCharactersAndStretchedLetters() {
        assertThat(ScreeningText.of("1D10T").folded()).isEqualTo(ScreeningText.of("idiot").folded());
        assertThat(ScreeningText.of("іdіot").folded()).isEqualTo(ScreeningText.of("idiot").folded());
        assertThat(ScreeningText.of("زمااااال").folded()).isEqualTo(ScreeningText.of("زمال").folded());
        assertThat(ScreeningText.of("گواد").folded()).isEqualTo(ScreeningText.of("كواد").folded());
    }

    @Test
    void shouldDropInvisibleCharactersInsideAWord() {
        assertThat(ScreeningText.of("حق\u200cير").tokens()).extracting(ScreeningText.Token::text)
                .containsExactly(ScreeningText.of("حقير").folded());
    }
}
