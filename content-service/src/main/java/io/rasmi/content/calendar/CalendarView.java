package io.rasmi.content.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.ContentState;
import io.rasmi.events.Platform;

/**
 * The content calendar of a window (G7.4): what is planned each day (Baghdad dates), one entry per item and target
 * account, and against each account's posting plan (G5.4) how many posts the window still lacks.
 */
public record CalendarView(@Schema(implementation = String.class, format = "date") LocalDate from,
        @Schema(implementation = String.class, format = "date") LocalDate to, String view, List<Day> days,
        List<Gap> gaps) {

    /** One day of the window, with its entries ordered by time. */
    public record Day(@Schema(implementation = String.class, format = "date") LocalDate date, List<Entry> entries) {
    }

    /** An item planned for one of its accounts. */
    public record Entry(UUID contentId, String title, ContentState state, UUID accountId, Platform platform,
            String handle, Instant plannedAt) {
    }

    /**
     * An ACTIVE account with a posting plan: posts the plan expects in the window ({@code postsPerWeek} × days / 7,
     * rounded up), posts planned, and how many are missing (zero when the plan is met).
     */
    public record Gap(UUID accountId, Platform platform, String handle, int postsPerWeek, int expected, int planned,
            int missing) {
    }
}
