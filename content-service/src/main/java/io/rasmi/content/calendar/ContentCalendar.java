package io.rasmi.content.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.content.items.ContentItem;
import io.rasmi.directory.KnownAccount;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.ContentState;
import io.rasmi.platform.problem.ProblemException;

/**
 * The entity's content calendar (G7.4, G5.4): items on their way out or out already, planned in a week or month
 * of Baghdad dates, by day and account, and the posts each ACTIVE account's posting plan still lacks in it. Drafts
 * and withdrawn items are not on it.
 */
@ApplicationScoped
public class ContentCalendar {

    /** Days start and end in Baghdad, where the unit works. */
    static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");
    static final int MAX_DAYS = 62;
    private static final EnumSet<ContentState> ON_CALENDAR = EnumSet.of(ContentState.SUBMITTED,
            ContentState.CHANGES_REQUESTED, ContentState.APPROVED, ContentState.SCHEDULED, ContentState.FROZEN,
            ContentState.PUBLISHED, ContentState.CORRECTED);

    @Inject
    Clock clock;

    /** The window asked for: {@code from} (today by default) for a week or a month, or to {@code to} (exclusive). */
    public record Window(LocalDate from, LocalDate to, String view) {

        public static Window of(String from, String to, String view, Clock clock) {
            String kind = view == null || view.isBlank() ? "week" : view.strip();
            if (!kind.equals("week") && !kind.equals("month")) {
                throw ProblemException.invalidField("view", "request.invalid-value", "view");
            }
            LocalDate start = from == null || from.isBlank() ? LocalDate.now(clock.withZone(BAGHDAD))
                    : date("from", from);
            LocalDate end = to == null || to.isBlank()
                    ? (kind.equals("week") ? start.plusWeeks(1) : start.plusMonths(1))
                    : date("to", to);
            if (!end.isAfter(start) || ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
                throw ProblemException.invalidField("to", "calendar.window-invalid", MAX_DAYS);
            }
            return new Window(start, end, kind);
        }

        private static LocalDate date(String field, String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException notADate) {
                throw ProblemException.invalidField(field, "request.invalid-value", field);
            }
        }

        Instant start() {
            return from.atStartOfDay(BAGHDAD).toInstant();
        }

        Instant end() {
            return to.atStartOfDay(BAGHDAD).toInstant();
        }

        long days() {
            return ChronoUnit.DAYS.between(from, to);
        }
    }

    @Transactional
    public CalendarView of(String entity, Window window, UUID accountId) {
        Map<UUID, KnownAccount> accounts = new HashMap<>();
        List<KnownAccount> known = accountId == null ? KnownAccount.list("entity", entity)
                : KnownAccount.list("entity = ?1 and id = ?2", entity, accountId);
        if (accountId != null && known.isEmpty()) {
            throw ProblemException.notFound("account.not-found");
        }
        known.forEach(account -> accounts.put(account.id, account));

        List<ContentItem> items = ContentItem.list("entity = ?1 and state in ?2 and plannedAt >= ?3 and plannedAt < ?4",
                entity, ON_CALENDAR, window.start(), window.end());
        TreeMap<LocalDate, List<CalendarView.Entry>> byDay = new TreeMap<>();
        Map<UUID, Integer> planned = new HashMap<>();
        for (ContentItem item : items) {
            for (UUID target : item.targetAccountIds) {
                KnownAccount account = accounts.get(target);
                if (account == null) {
                    continue; // another account than the one asked for
                }
                LocalDate day = item.plannedAt.atZone(BAGHDAD).toLocalDate();
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(new CalendarView.Entry(item.id, item.title,
                        item.state, target, account.platform, account.handle, item.plannedAt));
                planned.merge(target, 1, Integer::sum);
            }
        }
        List<CalendarView.Day> days = new ArrayList<>();
        byDay.forEach((day, entries) -> {
            entries.sort(Comparator.comparing(CalendarView.Entry::plannedAt)
                    .thenComparing(CalendarView.Entry::platform).thenComparing(CalendarView.Entry::accountId));
            days.add(new CalendarView.Day(day, entries));
        });
        List<CalendarView.Gap> gaps = accounts.values().stream()
                .filter(account -> account.status == AccountStatus.ACTIVE && account.postsPerWeek != null
                        && account.postsPerWeek > 0)
                .sorted(Comparator.comparing((KnownAccount account) -> account.platform)
                        .thenComparing(account -> account.handle))
                .map(account -> {
                    int expected = (int) Math.ceil(account.postsPerWeek * window.days() / 7.0);
                    int count = planned.getOrDefault(account.id, 0);
                    return new CalendarView.Gap(account.id, account.platform, account.handle, account.postsPerWeek,
                            expected, count, Math.max(0, expected - count));
                })
                .toList();
        return new CalendarView(window.from(), window.to(), window.view(), days, gaps);
    }
}
