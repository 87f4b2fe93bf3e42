package io.rasmi.platform.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Canonical JSON (keys sorted) and SHA-256 fingerprints, so that the same content always gives the same bytes and
 * the same hash: for the audit chain and for recognising a retried request.
 */
public final class Fingerprints {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .findAndRegisterModules();

    private Fingerprints() {
    }

    /** The value as JSON with object keys in a stable order, whatever order they were given in. */
    public static String canonicalJson(Object value) {
        try {
            return CANONICAL.writeValueAsString(CANONICAL.valueToTree(value));
        } catch (JsonProcessingException | IllegalArgumentException unwritable) {
            throw new IllegalArgumentException("Value cannot be written as JSON", unwritable);
        }
    }

    /** Lower-case hex SHA-256 of the parts joined with a unit separator, so that ("ab","c") differs from ("a","bc"). */
    public static String sha256(String... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
