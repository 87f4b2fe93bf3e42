package io.rasmi.content.items;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.rasmi.events.ContentState;
import io.rasmi.platform.problem.ProblemException;

/**
 * The filters of the content list: states, one target account, a window of planned times ({@code from} inclusive,
 * {@code to} exclusive) and words of the title or body (case-insensitive). Newest first.
 */
public record ContentListQuery(Set<ContentState> states, UUID accountId, Instant from, Instant to, String text) {

    public static final int MAX_TEXT = 200;

    public static ContentListQuery of(List<String> states, String accountId, String from, String to, String q) {
        Set<ContentState> parsed = EnumSet.noneOf(ContentState.class);
        for (String value : states == null ? List.<String>of() : states) {
            for (String one : value.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                try {
                    parsed.add(ContentState.valueOf(one.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException unknown) {
                    throw ProblemException.invalidField("state", "request.invalid-value", "state");
                }
            }
        }
        UUID account = null;
        if (accountId != null) {
            try {
                account = UUID.fromString(accountId.strip());
            } catch (IllegalArgumentException notAnId) {
                throw ProblemException.invalidField("accountId", "request.invalid-value", "accountId");
            }
        }
        Instant fromTime = instant("from", from);
        Instant toTime = instant("to", to);
        if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
            throw ProblemException.invalidField("to", "content.window-empty");
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw ProblemException.invalidField("q", "content.query-too-long", MAX_TEXT);
        }
        return new ContentListQuery(parsed, account, fromTime, toTime, text);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException notATime) {
            throw ProblemException.invalidField(field, "request.invalid-value", field);
        }
    }

    PanacheQuery<ContentItem> find(String entity) {
        List<String> where = new ArrayList<>(List.of("entity = :entity"));
        Map<String, Object> parameters = new HashMap<>(Map.of("entity", entity));
        if (!states.isEmpty()) {
            where.add("state in :states");
            parameters.put("states", states);
        }
        if (accountId != null) {
            where.add(":account member of targetAccountIds");
            parameters.put("account", accountId);
        }
        if (from != null) {
            where.add("plannedAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.add("plannedAt < :to");
            parameters.put("to", to);
        }
        if (text != null) {
            int i = 0;
            for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
                String name = "word" + i++;
                where.add("(lower(title) like :" + name + " escape '\\' or lower(body) like :" + name
                        + " escape '\\')");
                parameters.put(name, "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return ContentItem.find(String.join(" and ", where) + " order by createdAt desc, id", parameters);
    }
}
