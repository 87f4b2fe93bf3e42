package io.rasmi.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/**
 * Access tokens shaped like the ones of the {@code rasmi} Keycloak realm, signed (RS256, {@code kid=1}) with the key
 * whose public half {@link OidcTestResource} serves in its JWKS, so the service under test accepts them:
 *
 * <pre>{@code
 * String token = TestTokens.user("moh-admin").entity("moh").roles("entity-admin").token();
 * given().auth().oauth2(token).get("/api/v1/accounts").then().statusCode(200);
 * }</pre>
 *
 * Claims: {@code iss} the issuer the test OIDC server advertises, {@code aud} {@value #AUDIENCE}, {@code sub} a
 * UUID derived from the user name ({@link #subjectOf(String)}), {@code preferred_username}, {@code entity},
 * {@code realm_access.roles}, {@code iat}, {@code exp} five minutes later, {@code jti}, {@code typ=Bearer},
 * {@code azp}. For negative tests the forged variants {@link Builder#expired()}, {@link Builder#wrongIssuer()},
 * {@link Builder#wrongAudience()}, {@link Builder#signedWithUnknownKey()}, {@link Builder#algNone()} and
 * {@link Builder#withoutEntity()} each break exactly one thing.
 */
public final class TestTokens {

    /** The audience the services require ({@code quarkus.oidc.token.audience}). */
    public static final String AUDIENCE = "rasmi-api";
    /** The {@code kid} of the test OIDC server's signing key. */
    public static final String KEY_ID = "1";
    /** The issuer of {@link Builder#wrongIssuer()}. */
    public static final String FOREIGN_ISSUER = "https://login.example.org/realms/not-rasmi";
    /** The audience of {@link Builder#wrongAudience()}. */
    public static final String FOREIGN_AUDIENCE = "some-other-api";
    /** The {@code kid} of {@link Builder#signedWithUnknownKey()}, not in the JWKS. */
    public static final String UNKNOWN_KEY_ID = "rasmi-test-kit-unknown-key";

    private static final String DEFAULT_ISSUER = "https://server.example.com";
    private static final String CLIENT_ID = "rasmi-console";

    private TestTokens() {
    }

    /** A token for a person; add {@link Builder#entity(String)} and {@link Builder#roles(String...)}. */
    public static Builder user(String username) {
        return new Builder(username, CLIENT_ID);
    }

    /**
     * A token for a machine client (client credentials), as Keycloak issues them: user name
     * {@code service-account-<clientId>}, {@code azp} the client.
     */
    public static Builder client(String clientId) {
        return new Builder("service-account-" + clientId, clientId);
    }

    /** The {@code sub} of {@code username}'s tokens: a name-based UUID, the same in every run. */
    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(("rasmi-test-user:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * The issuer the test OIDC server advertises: as read from its discovery document by {@link OidcTestResource}
     * when it started, otherwise the default of {@link OidcWiremockTestResource}.
     */
    public static String issuer() {
        String advertised = System.getProperty(OidcTestResource.ISSUER_PROPERTY);
        if (advertised != null) {
            return advertised;
        }
        return System.getProperty("quarkus.test.oidc.token.issuer", DEFAULT_ISSUER);
    }

    /** Fluent description of one token; {@link #token()} signs it. */
    public static final class Builder {

        private enum Signature {
            TEST_SERVER_KEY, UNKNOWN_KEY, NONE
        }

        private final String username;
        private final String authorizedParty;
        private String entity;
        private final List<String> roles = new ArrayList<>();
        private final Map<String, Object> extraClaims = new LinkedHashMap<>();
        private String issuer;
        private String audience = AUDIENCE;
        private Duration lifetime = Duration.ofMinutes(5);
        private boolean expired;
        private boolean withoutEntity;
        private Signature signature = Signature.TEST_SERVER_KEY;

        private Builder(String username, String authorizedParty) {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("A token needs a user name");
            }
            this.username = username;
            this.authorizedParty = authorizedParty;
        }

        /** The tenant: the claim {@code entity}, e.g. {@code moh}. */
        public Builder entity(String entity) {
            this.entity = entity;
            return this;
        }

        /** Realm roles, added to {@code realm_access.roles}. */
        public Builder roles(String... roles) {
            this.roles.addAll(List.of(roles));
            return this;
        }

        /** Any other claim (a {@link Map} or {@link java.util.Collection} value becomes a JSON object or array). */
        public Builder claim(String name, Object value) {
            extraClaims.put(name, value);
            return this;
        }

        /** How long from now the token is valid (default five minutes). */
        public Builder lifetime(Duration lifetime) {
            this.lifetime = lifetime;
            return this;
        }

        /** Forged: issued an hour ago, expired ten minutes ago (beyond any clock skew allowance). */
        public Builder expired() {
            this.expired = true;
            return this;
        }

        /** Forged: {@code iss} is {@value TestTokens#FOREIGN_ISSUER}; properly signed otherwise. */
        public Builder wrongIssuer() {
            this.issuer = FOREIGN_ISSUER;
            return this;
        }

        /** Forged: {@code aud} is {@value TestTokens#FOREIGN_AUDIENCE}; properly signed otherwise. */
        public Builder wrongAudience() {
            this.audience = FOREIGN_AUDIENCE;
            return this;
        }

        /** Forged: signed RS256 with a key made in this JVM, {@code kid} {@value TestTokens#UNKNOWN_KEY_ID}, not in the JWKS. */
        public Builder signedWithUnknownKey() {
            this.signature = Signature.UNKNOWN_KEY;
            return this;
        }

        /** Forged: header {@code {"alg":"none"}} and an empty signature. */
        public Builder algNone() {
            this.signature = Signature.NONE;
            return this;
        }

        /** Forged: no {@code entity} claim; properly signed otherwise. */
        public Builder withoutEntity() {
            this.withoutEntity = true;
            return this;
        }

        /** The claims the token will carry. */
        public Map<String, Object> claims() {
            Instant now = Instant.now();
            Instant issuedAt = expired ? now.minus(Duration.ofHours(1)) : now;
            Instant expiresAt = expired ? now.minus(Duration.ofMinutes(10)) : now.plus(lifetime);
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", issuer != null ? issuer : issuer());
            claims.put("aud", audience);
            claims.put("sub", subjectOf(username));
            claims.put("iat", issuedAt.getEpochSecond());
            claims.put("exp", expiresAt.getEpochSecond());
            claims.put("jti", UUID.randomUUID().toString());
            claims.put("typ", "Bearer");
            claims.put("azp", authorizedParty);
            claims.put("preferred_username", username);
            if (entity != null && !withoutEntity) {
                claims.put("entity", entity);
            }
            claims.put("realm_access", Map.of("roles", List.copyOf(roles)));
            claims.putAll(extraClaims);
            return claims;
        }

        /** The compact serialisation, ready for {@code Authorization: Bearer}. */
        public String token() {
            Map<String, Object> claims = claims();
            switch (signature) {
                case NONE:
                    return base64Url("{\"alg\":\"none\"}") + "." + base64Url(JsonUtil.toJson(claims)) + ".";
                case UNKNOWN_KEY:
                    return sign(claims, Keys.unknown().getPrivate(), UNKNOWN_KEY_ID);
                default:
                    return sign(claims, Keys.testServer(), KEY_ID);
            }
        }

        private static String sign(Map<String, Object> claims, PrivateKey key, String keyId) {
            return Jwt.claims(claims).jws().algorithm(SignatureAlgorithm.RS256).keyId(keyId).header("typ", "JWT").sign(key);
        }

        private static String base64Url(String json) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The signing keys, loaded or made once per class loader. */
    private static final class Keys {

        private static PrivateKey testServer;
        private static KeyPair unknown;

        /** The private half of the test OIDC server's JWKS key, shipped in quarkus-test-oidc-server's jar. */
        static synchronized PrivateKey testServer() {
            if (testServer == null) {
                try (InputStream in = OidcWiremockTestResource.class.getClassLoader().getResourceAsStream("privateKey.jwk")) {
                    if (in == null) {
                        throw new IllegalStateException("privateKey.jwk of quarkus-test-oidc-server is not on the classpath");
                    }
                    JsonWebKey jwk = JsonWebKey.Factory.newJwk(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    testServer = ((RsaJsonWebKey) jwk).getRsaPrivateKey();
                } catch (IOException | JoseException e) {
                    throw new IllegalStateException("Cannot read privateKey.jwk: " + e.getMessage(), e);
                }
            }
            return testServer;
        }

        static synchronized KeyPair unknown() {
            if (unknown == null) {
                try {
                    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                    generator.initialize(2048);
                    unknown = generator.generateKeyPair();
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
            return unknown;
        }
    }
}
