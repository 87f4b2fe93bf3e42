package io.rasmi.content.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The Arabic suggester on a small word list standing in for the dictionary. */
class ArabicSuggestionsTest {

    private static final Set<String> WORDS = Set.of("المحافظات", "الصحة", "مستشفى", "الحملة", "في", "الحمل");

    private final ArabicSuggestions suggestions = new ArabicSuggestions(WORDS::contains, 5, 100);

    @Test
    void shouldSuggestTheWordWithTheRelatedLetterFirst() {
        SuggestionBudget budget = new SuggestionBudget(Duration.ofSeconds(5));
        assertThat(suggestions.suggest("المحافضات", budget)).containsExactly("المحافظات");
        assertThat(suggestions.suggest("الصحه", budget)).containsExactly("الصحة");
        assertThat(suggestions.suggest("مستشفي", budget)).containsExactly("مستشفى");
        assertThat(suggestions.suggest("الحمله", budget)).first().isEqualTo("الحملة");
    }

    @Test
    void shouldSuggestAWordWithALetterMissingOrReplaced() {
        SuggestionBudget budget = new SuggestionBudget(Duration.ofSeconds(5));
        assertThat(suggestions.suggest("المحافات", budget)).containsExactly("المحافظات");
        assertThat(suggestions.suggest("المحافكات", budget)).containsExactly("المحافظات");
    }

    @Test
    void shouldSuggestOnTheWordWithoutItsDiacritics() {
        SuggestionBudget budget = new SuggestionBudget(Duration.ofSeconds(5));
        assertThat(suggestions.suggest("المُحافَضات", budget)).containsExactly("المحافظات");
    }

    @Test
    void shouldStillSuggestTheLikelySlipsWhenTheBudgetIsSpent() {
        assertThat(suggestions.suggest("المحافضات", new SuggestionBudget(Duration.ofNanos(-1))))
                .containsExactly("المحافظات");
    }

    @Test
    void shouldLeaveTheWiderSearchOutOnceTheBudgetIsSpentAndDoItLater() {
        assertThat(suggestions.suggest("المحافكات", new SuggestionBudget(Duration.ofNanos(-1)))).isEmpty();
        assertThat(suggestions.suggest("المحافكات", new SuggestionBudget(Duration.ofSeconds(5))))
                .containsExactly("المحافظات");
        assertThat(suggestions.suggest("المحافكات", new SuggestionBudget(Duration.ofNanos(-1))))
                .as("remembered, so free").containsExactly("المحافظات");
    }

    @Test
    void shouldSuggestNothingForAWordFarFromEveryKnownWord() {
        assertThat(suggestions.suggest("كوردستان", new SuggestionBudget(Duration.ofSeconds(5)))).isEmpty();
    }
}
