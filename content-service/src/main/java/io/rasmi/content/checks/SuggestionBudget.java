package io.rasmi.content.checks;

import java.time.Duration;

/**
 * The time one check may spend on the wider search for spelling suggestions ({@link ArabicSuggestions}). Shared by
 * the threads that check the paragraphs of one draft; checked before each word, so a word begun finishes.
 */
final class SuggestionBudget {

    private final long deadline;

    SuggestionBudget(Duration allowed) {
        this.deadline = System.nanoTime() + allowed.toNanos();
    }

    boolean spent() {
        return System.nanoTime() - deadline > 0;
    }
}
