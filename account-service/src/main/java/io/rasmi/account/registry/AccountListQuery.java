package io.rasmi.account.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.Platform;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.text.TextNormalizer;

/**
 * What a reader of the register asks of the account list: which statuses and platforms, a text that the handle or a
 * display name contains (compared after Arabic-aware normalisation, so {@code وزارة الصحة} finds {@code وزاره
 * الصحه}), and an order. Each value is checked here; a bad one answers 400 naming its query parameter.
 */
public record AccountListQuery(Set<AccountStatus> statuses, Set<Platform> platforms, List<String> words,
        List<String> order) {

    static final int MAX_TEXT = 100;
    static final int MAX_WORDS = 5;
    static final int MAX_SORT_KEYS = 3;

    /** The sort keys a client may name, each with a leading {@code -} for descending, and the field behind it. */
    static final Map<String, String> SORT_KEYS = sortKeys();

    private static Map<String, String> sortKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("handle", "handleKey");
        keys.put("displayName", "displayNameAr");
        keys.put("displayNameEn", "displayNameEn");
        keys.put("platform", "platform");
        keys.put("status", "status");
        keys.put("createdAt", "createdAt");
        keys.put("updatedAt", "updatedAt");
        return keys;
    }

    /** Every value {@code sort} takes, for the OpenAPI document. */
    public static final String SORT_VALUES = "handle, -handle, displayName, -displayName, displayNameEn, "
            + "-displayNameEn, platform, -platform, status, -status, createdAt, -createdAt, updatedAt, -updatedAt";

    /**
     * Reads the query string's values; {@code status} and {@code platform} may repeat or list values separated by
     * commas, {@code sort} lists up to three keys separated by commas.
     */
    public static AccountListQuery of(List<String> status, List<String> platform, String q, String sort) {
        Set<AccountStatus> statuses = EnumSet.noneOf(AccountStatus.class);
        for (String name : values(status)) {
            statuses.add(parse(AccountStatus.class, "status", name));
        }
        Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        for (String name : values(platform)) {
            platforms.add(parse(Platform.class, "platform", name));
        }
        return new AccountListQuery(statuses, platforms, words(q), order(sort));
    }

    /** The entity's accounts that match, in the order asked, ties broken by creation and id so pages are stable. */
    PanacheQuery<OfficialAccount> find(String entityCode) {
        StringBuilder where = new StringBuilder("entityCode = :entity");
        Parameters parameters = Parameters.with("entity", entityCode);
        if (!statuses.isEmpty()) {
            where.append(" and status in :statuses");
            parameters.and("statuses", statuses);
        }
        if (!platforms.isEmpty()) {
            where.append(" and platform in :platforms");
            parameters.and("platforms", platforms);
        }
        for (int i = 0; i < words.size(); i++) {
            where.append(" and searchText like :word").append(i).append(" escape '\\'");
            parameters.and("word" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        List<String> orderBy = new ArrayList<>(order);
        orderBy.add("createdAt");
        orderBy.add("id");
        return OfficialAccount.find(where + " order by " + String.join(", ", orderBy), parameters);
    }

    private static List<String> values(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .filter(value -> !value.isEmpty()).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String parameter, String name) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            String allowed = EnumSet.allOf(type).stream().map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.invalidField(parameter, "account.list.unknown-value", parameter, name, allowed);
        }
    }

    private static List<String> words(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (q.length() > MAX_TEXT) {
            throw ProblemException.invalidField("q", "account.list.text-too-long", MAX_TEXT);
        }
        List<String> words = TextNormalizer.tokens(q).stream().distinct().toList();
        if (words.isEmpty()) {
            throw ProblemException.invalidField("q", "account.list.text-without-letters");
        }
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }

    private static List<String> order(String sort) {
        List<String> keys = values(sort == null ? null : List.of(sort));
        if (keys.size() > MAX_SORT_KEYS) {
            throw ProblemException.invalidField("sort", "account.list.too-many-sort-keys", MAX_SORT_KEYS);
        }
        List<String> order = new ArrayList<>();
        for (String key : keys) {
            boolean descending = key.startsWith("-");
            String field = SORT_KEYS.get(descending ? key.substring(1) : key);
            if (field == null) {
                throw ProblemException.invalidField("sort", "account.list.unknown-value", "sort", key, SORT_VALUES);
            }
            order.add(field + (descending ? " desc" : ""));
        }
        return order;
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
