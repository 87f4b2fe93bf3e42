package io.rasmi.account.passwords;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

/**
 * Keyed fingerprints of passwords, HMAC-SHA-256 under a key held in the service's configuration: the same password
 * always gives the same fingerprint, so "was it used before?" is one indexed lookup instead of an Argon2id
 * verification per remembered hash. Without the key a fingerprint says nothing about the password; it is still a
 * secret-derived value and goes into no log line, answer or event.
 *
 * <p>Each fingerprint is stored with the id of the key that made it ({@link #keyId()}, derived from the key, so a new
 * key always gets a new id). To change the key, configure the new one: fingerprints of the old key no longer match
 * anything and their rows are checked with Argon2id like rows from before fingerprints, until the accounts have
 * rotated and those rows are only history of their own account.
 */
@Startup
@Singleton
public class PasswordFingerprints {

    static final int MINIMUM_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final String keyId;

    PasswordFingerprints(PasswordFingerprintConfig config) {
        byte[] bytes = keyOf(config.fingerprintKey());
        this.key = new SecretKeySpec(bytes, ALGORITHM);
        this.keyId = keyIdOf(bytes);
        Arrays.fill(bytes, (byte) 0);
    }

    /**
     * The key's bytes, or a failure that names the setting, never its value: not base64, or fewer than 32 bytes.
     * Runs at start ({@link Startup}), so a service without a usable key does not come up.
     */
    static byte[] keyOf(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("account.passwords.fingerprint-key is not base64");
        }
        if (bytes.length < MINIMUM_KEY_BYTES) {
            throw new IllegalStateException("account.passwords.fingerprint-key must be at least " + MINIMUM_KEY_BYTES
                    + " bytes once base64-decoded; it has " + bytes.length);
        }
        return bytes;
    }

    /** A public name for the key: the first 8 bytes of SHA-256 over a label and the key; it reveals nothing of it. */
    private static String keyIdOf(byte[] key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("rasmi password fingerprint key id".getBytes(StandardCharsets.UTF_8));
            return "hmac-sha256:" + HexFormat.of().formatHex(sha256.digest(key), 0, 8);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException(missing);
        }
    }

    /** The id stored beside every fingerprint made with the configured key. */
    String keyId() {
        return keyId;
    }

    /** The password's fingerprint under the configured key (32 bytes). */
    byte[] of(String password) {
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // a Mac is not thread-safe; a new one per call is cheap
            mac.init(key);
            return mac.doFinal(secret);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException(missing);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
