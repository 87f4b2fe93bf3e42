package io.rasmi.account.passwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The fingerprint key's configuration: production has no default, and a key that is not one is refused at start. */
class PasswordFingerprintConfigTest {

    private static SmallRyeConfig config(String profile, Map<String, String> properties) throws Exception {
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(
                        PasswordFingerprintConfigTest.class.getResource("/application.properties"), 100))
                .withSources(new PropertiesConfigSource(properties, "test", 200))
                .withMapping(PasswordFingerprintConfig.class)
                .build();
    }

    @Test
    void shouldFailToStartInProductionWithoutAKey() {
        assertThatThrownBy(() -> config("prod", Map.of()))
                .hasMessageContaining("account.passwords.fingerprint-key");
    }

    @Test
    void shouldRefuseAKeyShorterThan32BytesOrNotBase64WithoutPrintingIt() throws Exception {
        String short31 = Base64.getEncoder().encodeToString(new byte[31]);
        PasswordFingerprintConfig tooShort = config("prod", Map.of("account.passwords.fingerprint-key", short31))
                .getConfigMapping(PasswordFingerprintConfig.class);
        assertThatThrownBy(() -> new PasswordFingerprints(tooShort))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 bytes")
                .message().doesNotContain(short31);
        assertThatThrownBy(() -> PasswordFingerprints.keyOf("not base64 at all!"))
                .isInstanceOf(IllegalStateException.class)
                .message().doesNotContain("not base64 at all!");
        assertThatThrownBy(() -> PasswordFingerprints.keyOf("")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldGiveTheSameFingerprintForTheSamePasswordAndKeyOnly() throws Exception {
        String key = Base64.getEncoder().encodeToString("k".repeat(32).getBytes());
        String otherKey = Base64.getEncoder().encodeToString("q".repeat(32).getBytes());
        PasswordFingerprints fingerprints = new PasswordFingerprints(
                config("prod", Map.of("account.passwords.fingerprint-key", key))
                        .getConfigMapping(PasswordFingerprintConfig.class));
        PasswordFingerprints others = new PasswordFingerprints(
                config("prod", Map.of("account.passwords.fingerprint-key", otherKey))
                        .getConfigMapping(PasswordFingerprintConfig.class));

        assertThat(fingerprints.of("Vx#0123456789abcd!9")).hasSize(32)
                .isEqualTo(fingerprints.of("Vx#0123456789abcd!9"))
                .isNotEqualTo(fingerprints.of("Vx#0123456789abcd!8"))
                .isNotEqualTo(others.of("Vx#0123456789abcd!9"));
        assertThat(fingerprints.keyId()).startsWith("hmac-sha256:").isNotEqualTo(others.keyId())
                .doesNotContain(key);
    }
}
