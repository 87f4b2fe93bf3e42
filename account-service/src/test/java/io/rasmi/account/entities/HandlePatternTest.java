package io.rasmi.account.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandlePatternTest {

    @Test
    void shouldMatchWholeHandlesWithStarsAndQuestionMarksIgnoringCase() {
        assertThat(HandlePattern.of("MOH_*").matches("moh_baghdad")).isTrue();
        assertThat(HandlePattern.of("MOH_*").matches("@MOH_Iraq")).isTrue();
        assertThat(HandlePattern.of("*_moh").matches("iraq_moh")).isTrue();
        assertThat(HandlePattern.of("moh?iq").matches("moh_iq")).isTrue();
        assertThat(HandlePattern.of("m*h*q").matches("ministry_of_health_iq")).isTrue();
        assertThat(HandlePattern.of("MOH_*").matches("mohammed_fans")).isFalse();
        assertThat(HandlePattern.of("moh?iq").matches("moh__iq")).isFalse();
        assertThat(HandlePattern.of("moh").matches("moh_fans")).as("a pattern without a star is the whole handle")
                .isFalse();
    }

    @Test
    void shouldTreatRegexCharactersLiterally() {
        assertThat(HandlePattern.of("moh.iraq").matches("moh.iraq")).isTrue();
        assertThat(HandlePattern.of("moh.iraq").matches("mohxiraq")).isFalse();
        assertThat(HandlePattern.of("moh.*").matches("moh.health")).isTrue();
        assertThat(HandlePattern.of("moh.*").matches("mohhealth")).isFalse();
    }

    @Test
    void shouldRefuseShapesThatWouldMatchAlmostAnything() {
        assertThat("*").doesNotMatch(HandlePattern.SHAPE);
        assertThat("m*o").doesNotMatch(HandlePattern.SHAPE);
        assertThat("a(b)+").doesNotMatch(HandlePattern.SHAPE);
        assertThat("MOH_*").matches(HandlePattern.SHAPE);
        assertThat("moh.iraq").matches(HandlePattern.SHAPE);
    }
}
