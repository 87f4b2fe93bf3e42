package io.rasmi.content.calendar;

import static io.rasmi.content.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.content.Accounts;
import io.rasmi.content.ContentFixtures;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

@QuarkusTest
class ContentCalendarTest {

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Baghdad")).toString();
    }

    @Test
    void shouldShowTheWeeksItemsByDayWithTheGapsOfThePostingPlan() {
        UUID account = Accounts.active("moh"); // its plan: 3 posts a week
        String scheduled = ContentFixtures.scheduled("moh", account);
        String draft = ContentFixtures.create("moh", ContentFixtures.draft(account));

        var answer = as("moh", "management").queryParam("from", today()).queryParam("view", "week")
                .queryParam("accountId", account.toString()).get("/api/v1/calendar")
                .then().statusCode(200)
                .body("view", equalTo("week"))
                .body("days.size()", equalTo(1))
                .body("days[0].entries[0].contentId", equalTo(scheduled))
                .body("days[0].entries[0].platform", equalTo("X"))
                .body("days[0].entries[0].state", equalTo("SCHEDULED"))
                .body("days.entries.flatten().contentId", not(hasItem(draft)))
                .body("gaps[0].accountId", equalTo(account.toString()))
                .body("gaps[0].expected", equalTo(3))
                .body("gaps[0].planned", equalTo(1))
                .body("gaps[0].missing", equalTo(2));
        assertThat(answer.extract().<String>path("to")).isEqualTo(LocalDate.parse(today()).plusWeeks(1).toString());
    }

    @Test
    void shouldServeTheSameCalendarAsICalendarThatParsesBack() throws Exception {
        UUID account = Accounts.active("moh");
        String first = ContentFixtures.scheduled("moh", account);
        String second = ContentFixtures.approved("moh", account);

        String ics = as("moh", "publisher").accept("text/calendar").queryParam("from", today())
                .queryParam("view", "month").queryParam("accountId", account.toString())
                .get("/api/v1/calendar.ics").then().statusCode(200).contentType(org.hamcrest.Matchers
                        .startsWith("text/calendar")).extract().asString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        assertThat(events).extracting(event -> event.getProperty("UID").orElseThrow().getValue())
                .containsExactlyInAnyOrder(first + "-" + account + "@rasmi", second + "-" + account + "@rasmi");
        assertThat(events.get(0).getProperty("SUMMARY").orElseThrow().getValue()).contains("حملة التلقيح الوطنية");
    }

    @Test
    void shouldRefuseABadWindowAndAnotherEntitysAccount() {
        UUID foreign = Accounts.active("mohe");
        as("moh", "publisher").queryParam("view", "year").get("/api/v1/calendar").then().statusCode(400);
        as("moh", "publisher").queryParam("from", "2026-03-10").queryParam("to", "2026-03-01")
                .get("/api/v1/calendar").then().statusCode(400);
        as("moh", "publisher").queryParam("from", "2026-01-01").queryParam("to", "2026-06-01")
                .get("/api/v1/calendar").then().statusCode(400);
        as("moh", "publisher").queryParam("accountId", foreign.toString()).get("/api/v1/calendar")
                .then().statusCode(404);
    }
}
