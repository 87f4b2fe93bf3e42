package io.rasmi.content.calendar;

import java.time.Duration;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The calendar as iCalendar (RFC 5545) with ical4j, so Outlook and Google Calendar can show it: one VEVENT per item
 * and account, a quarter of an hour from its planned time (UTC), with a UID stable across reads.
 */
final class CalendarFeed {

    static final String MEDIA_TYPE = "text/calendar";
    private static final Duration SLOT = Duration.ofMinutes(15);

    private CalendarFeed() {
    }

    static String of(CalendarView view) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Rasmi//Content calendar//AR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (CalendarView.Day day : view.days()) {
            for (CalendarView.Entry entry : day.entries()) {
                VEvent event = new VEvent(entry.plannedAt(), SLOT, entry.title() + " · " + entry.platform() + " @"
                        + entry.handle());
                event.add(new Uid(entry.contentId() + "-" + entry.accountId() + "@rasmi"));
                event.add(new Description("State: " + entry.state() + ". Account " + entry.accountId() + "."));
                event.add(new Categories(entry.platform().name()));
                calendar.add(event);
            }
        }
        return calendar.toString();
    }
}
