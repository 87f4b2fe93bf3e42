package io.rasmi.account.passwords;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id hashes (Bouncy Castle) in the PHC string format, {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>},
 * each with its own random salt. A hash is checked with the parameters written in it, so stronger parameters can
 * come later without losing the history.
 */
final class Argon2id {

    /*
     * OWASP Password Storage Cheat Sheet, "Argon2id": use Argon2id with a minimum configuration of 19 MiB of memory,
     * an iteration count of 2 and 1 degree of parallelism (m=19456 KiB, t=2, p=1), a random salt per password.
     */
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How many verifications this process ran: the reuse checks should need none but for rows without fingerprint. */
    private static final LongAdder VERIFICATIONS = new LongAdder();

    private Argon2id() {
    }

    static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** Whether {@code password} is the one {@code phc} was made from; false for anything that is not such a hash. */
    static boolean matches(String password, String phc) {
        VERIFICATIONS.increment();
        Matcher parts = PHC.matcher(phc);
        if (!parts.matches()) {
            return false;
        }
        byte[] expected = B64_DECODER.decode(parts.group(5));
        byte[] actual = derive(password, B64_DECODER.decode(parts.group(4)), Integer.parseInt(parts.group(1)),
                Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    static long verifications() {
        return VERIFICATIONS.sum();
    }

    private static byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int parallelism,
            int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(secret, out);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }
}
