package io.rasmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Verifies the tokens as the services will: against the JWKS the test OIDC server serves over HTTP. */
class TestTokensTest {

    private static OidcTestResource oidc;
    private static Map<String, String> config;
    private static String issuer;
    private static JwtConsumer verifier;

    @BeforeAll
    static void startServerAndFetchItsKeys() throws Exception {
        oidc = new OidcTestResource();
        config = oidc.start();
        Map<String, Object> discovery = OidcTestResource.getJson(config.get("quarkus.oidc.auth-server-url")
                + "/.well-known/openid-configuration");
        issuer = (String) discovery.get("issuer");
        String jwks = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create((String) discovery.get("jwks_uri"))).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        verifier = new JwtConsumerBuilder()
                .setExpectedIssuer(issuer)
                .setExpectedAudience(TestTokens.AUDIENCE)
                .setRequireExpirationTime()
                .setRequireSubject()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .build();
    }

    @AfterAll
    static void stopServer() {
        oidc.stop();
    }

    @Test
    void resourcePointsQuarkusAtTheServer() {
        String url = config.get("quarkus.oidc.auth-server-url");
        assertTrue(url.matches("http://localhost:\\d+/auth/realms/quarkus"), url);
        assertEquals(issuer, TestTokens.issuer());
        assertEquals("https://server.example.com", issuer);
    }

    @Test
    void mintedTokenIsAcceptedAndCarriesTheClaims() throws Exception {
        String token = TestTokens.user("moh-admin").entity("moh").roles("entity-admin", "approver").token();

        JwtClaims claims = verifier.processToClaims(token);
        assertEquals(issuer, claims.getIssuer());
        assertEquals(List.of(TestTokens.AUDIENCE), claims.getAudience());
        assertEquals(TestTokens.subjectOf("moh-admin"), claims.getSubject());
        assertEquals("moh-admin", claims.getStringClaimValue("preferred_username"));
        assertEquals("moh", claims.getStringClaimValue("entity"));
        assertEquals(List.of("entity-admin", "approver"), claims.getClaimValue("realm_access", Map.class).get("roles"));
        assertEquals(300, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        Map<String, Object> header = header(token);
        assertEquals("RS256", header.get("alg"));
        assertEquals(TestTokens.KEY_ID, header.get("kid"));
    }

    @Test
    void subjectIsStablePerUser() {
        assertEquals(TestTokens.subjectOf("moh-admin"), TestTokens.subjectOf("moh-admin"));
        assertNotEquals(TestTokens.subjectOf("moh-admin"), TestTokens.subjectOf("mof-admin"));
        assertEquals(TestTokens.subjectOf("moh-admin"), claimsOf(TestTokens.user("moh-admin").token()).get("sub"));
    }

    @Test
    void machineClientTokenLooksLikeKeycloaks() throws Exception {
        JwtClaims claims = verifier.processToClaims(TestTokens.client("kpi-ingest-moh").entity("moh").roles("kpi-ingest").token());
        assertEquals("service-account-kpi-ingest-moh", claims.getStringClaimValue("preferred_username"));
        assertEquals("kpi-ingest-moh", claims.getStringClaimValue("azp"));
    }

    @Test
    void expiredTokenIsRejected() {
        assertRejected(TestTokens.user("moh-admin").entity("moh").expired().token(), ErrorCodes.EXPIRED);
    }

    @Test
    void tokenOfAnotherIssuerIsRejected() {
        assertRejected(TestTokens.user("moh-admin").entity("moh").wrongIssuer().token(), ErrorCodes.ISSUER_INVALID);
    }

    @Test
    void tokenForAnotherAudienceIsRejected() {
        assertRejected(TestTokens.user("moh-admin").entity("moh").wrongAudience().token(), ErrorCodes.AUDIENCE_INVALID);
    }

    @Test
    void tokenSignedWithAnUnknownKeyIsRejected() {
        String token = TestTokens.user("moh-admin").entity("moh").signedWithUnknownKey().token();
        assertEquals(TestTokens.UNKNOWN_KEY_ID, header(token).get("kid"));
        assertThrows(InvalidJwtException.class, () -> verifier.processToClaims(token));
    }

    @Test
    void unsignedTokenIsRejected() {
        String token = TestTokens.user("moh-admin").entity("moh").roles("entity-admin").algNone().token();
        assertEquals(Map.of("alg", "none"), header(token));
        assertTrue(token.endsWith("."), "empty signature");
        assertEquals("moh", claimsOf(token).get("entity"), "the claims themselves are fine");
        assertThrows(InvalidJwtException.class, () -> verifier.processToClaims(token));
    }

    @Test
    void tokenWithoutEntityIsValidButHasNoTenant() throws Exception {
        JwtClaims claims = verifier.processToClaims(TestTokens.user("moh-admin").entity("moh").withoutEntity().token());
        assertFalse(claims.hasClaim("entity"));
    }

    private static void assertRejected(String token, int errorCode) {
        InvalidJwtException rejection = assertThrows(InvalidJwtException.class, () -> verifier.processToClaims(token));
        assertTrue(rejection.hasErrorCode(errorCode), rejection.getMessage());
    }

    private static Map<String, Object> header(String token) {
        return json(token.split("\\.", -1)[0]);
    }

    private static Map<String, Object> claimsOf(String token) {
        return json(token.split("\\.", -1)[1]);
    }

    private static Map<String, Object> json(String base64Url) {
        try {
            return org.jose4j.json.JsonUtil.parseJson(new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8));
        } catch (org.jose4j.lang.JoseException e) {
            throw new AssertionError(e);
        }
    }
}
