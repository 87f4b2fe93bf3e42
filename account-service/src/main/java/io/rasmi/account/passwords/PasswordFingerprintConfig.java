package io.rasmi.account.passwords;

import io.smallrye.config.ConfigMapping;

/**
 * The secret behind the passwords' keyed fingerprints ({@link PasswordFingerprints}). It lives in the service's
 * configuration, never in the database, so a copy of the database alone cannot test guesses against the fingerprints.
 */
@ConfigMapping(prefix = "account.passwords")
public interface PasswordFingerprintConfig {

    /**
     * The HMAC-SHA-256 key, base64, at least 32 bytes once decoded ({@code head -c 32 /dev/urandom | base64}). No
     * default outside dev and test: the service refuses to start without one.
     */
    String fingerprintKey();
}
