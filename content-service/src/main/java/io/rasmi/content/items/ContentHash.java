package io.rasmi.content.items;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rasmi.platform.json.Fingerprints;

/**
 * The content as stored and as approved: canonical JSON of the tidied {@link ContentDraft} (keys sorted, times as
 * ISO-8601), and its lower-case hex SHA-256, to which every approval binds.
 */
public final class ContentHash {

    private static final ObjectMapper READER = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ContentHash() {
    }

    public static String canonicalJson(ContentDraft draft) {
        return Fingerprints.canonicalJson(draft);
    }

    public static String of(String canonicalJson) {
        return Fingerprints.sha256(canonicalJson);
    }

    static ContentDraft read(String canonicalJson) {
        try {
            return READER.readValue(canonicalJson, ContentDraft.class);
        } catch (JsonProcessingException unreadable) {
            throw new UncheckedIOException("Stored content cannot be read", unreadable);
        }
    }
}
