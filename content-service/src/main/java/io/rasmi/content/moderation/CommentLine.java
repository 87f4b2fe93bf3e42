package io.rasmi.content.moderation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One comment of a platform export, read from its JSON object: {@code accountId}, {@code platformCommentId},
 * {@code postUrl} (optional, https), {@code authorHandle} (optional), {@code text}, {@code at}. {@link #read} names
 * every field that is missing, of the wrong form or unknown, with the comment's 1-based position in the batch.
 */
record CommentLine(int line, UUID accountId, String platformCommentId, String postUrl, String authorHandle,
        String text, Instant at) {

    static final Set<String> FIELDS = Set.of("accountId", "platformCommentId", "postUrl", "authorHandle", "text",
            "at");
    static final int MAX_ID = 200;
    static final int MAX_URL = 2048;
    static final int MAX_HANDLE = 200;
    static final int MAX_TEXT = 10_000;

    /** What is wrong with one field of one line: {@code line 3: text}. */
    record Problem(int line, String field, String messageKey, Object... arguments) {
        String violationField() {
            return field == null ? "line " + line : "line " + line + ": " + field;
        }
    }

    /** The line, or null with its problems added to {@code problems}. */
    static CommentLine read(int line, JsonNode node, Instant latest, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new Problem(line, null, "comment.line-not-object"));
            return null;
        }
        int before = problems.size();
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(new Problem(line, name, "comment.field-unknown"));
            }
        }
        UUID accountId = null;
        String account = text(node, "accountId");
        if (account == null) {
            problems.add(new Problem(line, "accountId", "comment.field-required"));
        } else {
            try {
                accountId = UUID.fromString(account);
            } catch (IllegalArgumentException notAnId) {
                problems.add(new Problem(line, "accountId", "comment.field-invalid"));
            }
        }
        String platformCommentId = required(line, node, "platformCommentId", MAX_ID, problems);
        String text = required(line, node, "text", MAX_TEXT, problems);
        String postUrl = optional(line, node, "postUrl", MAX_URL, problems);
        if (postUrl != null && !isHttpsUrl(postUrl)) {
            problems.add(new Problem(line, "postUrl", "comment.post-url-invalid"));
        }
        String authorHandle = optional(line, node, "authorHandle", MAX_HANDLE, problems);
        Instant at = null;
        String written = text(node, "at");
        if (written == null) {
            problems.add(new Problem(line, "at", "comment.field-required"));
        } else {
            try {
                at = Instant.parse(written).truncatedTo(ChronoUnit.MICROS);
                if (at.isAfter(latest)) {
                    problems.add(new Problem(line, "at", "comment.at-in-future"));
                }
            } catch (DateTimeParseException notATime) {
                problems.add(new Problem(line, "at", "comment.field-invalid"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new CommentLine(line, accountId, platformCommentId, postUrl, authorHandle, text, at);
    }

    private static String required(int line, JsonNode node, String field, int max, List<Problem> problems) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            problems.add(new Problem(line, field, node.has(field) && !node.get(field).isNull()
                    && !node.get(field).isTextual() ? "comment.field-invalid" : "comment.field-required"));
            return null;
        }
        if (value.length() > max) {
            problems.add(new Problem(line, field, "comment.field-too-long", max));
            return null;
        }
        return field.equals("text") ? value : value.strip();
    }

    private static String optional(int line, JsonNode node, String field, int max, List<Problem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(new Problem(line, field, "comment.field-invalid"));
            return null;
        }
        if (value.asText().length() > max) {
            problems.add(new Problem(line, field, "comment.field-too-long", max));
            return null;
        }
        String stripped = value.asText().strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static boolean isHttpsUrl(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (URISyntaxException unparsable) {
            return false;
        }
    }

    /** The key a re-sent comment is known by. */
    String key() {
        return accountId + "\n" + platformCommentId;
    }

    static List<Problem> none() {
        return new ArrayList<>();
    }
}
