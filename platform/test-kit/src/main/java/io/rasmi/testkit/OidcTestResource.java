package io.rasmi.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A mock OpenID Connect provider for a {@code @QuarkusTest} application: Quarkus' own
 * {@link OidcWiremockTestResource} (WireMock on a free port, realm {@code quarkus}, discovery document and a JWKS
 * with the RSA key {@code kid=1} of {@code privateKey.jwk}), plus {@code quarkus.oidc.auth-server-url} pointing at
 * it. Tokens for it come from {@link TestTokens}.
 * <p>
 * Returns {@code quarkus.oidc.auth-server-url} ({@code http://localhost:<port>/auth/realms/quarkus}) and what the
 * Quarkus resource returns ({@code keycloak.url}, {@code smallrye.jwt.sign.key.location}). The issuer it
 * advertises ({@code https://server.example.com} unless the system property {@code quarkus.test.oidc.token.issuer}
 * says otherwise) is read back from its discovery document and kept in the system property
 * {@value #ISSUER_PROPERTY} for {@link TestTokens}. A field annotated with
 * {@code @io.quarkus.test.oidc.server.OidcWireMock} in the test receives the WireMock server.
 */
public class OidcTestResource extends OidcWiremockTestResource {

    /** Where the advertised issuer is kept for {@link TestTokens} (a system property: seen from every class loader). */
    public static final String ISSUER_PROPERTY = "io.rasmi.testkit.oidc.issuer";
    static final String REALM_PATH = "/realms/quarkus";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String authServerUrl = config.get("keycloak.url") + REALM_PATH;
        config.put("quarkus.oidc.auth-server-url", authServerUrl);
        System.setProperty(ISSUER_PROPERTY, advertisedIssuer(authServerUrl));
        return config;
    }

    /** The {@code issuer} of the discovery document at {@code authServerUrl}. */
    static String advertisedIssuer(String authServerUrl) {
        Map<String, Object> discovery = getJson(authServerUrl + "/.well-known/openid-configuration");
        Object issuer = discovery.get("issuer");
        if (!(issuer instanceof String text) || text.isBlank()) {
            throw new IllegalStateException("The test OIDC server advertises no issuer: " + discovery);
        }
        return text;
    }

    static Map<String, Object> getJson(String url) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
            }
            return JsonUtil.parseJson(response.body());
        } catch (IOException | JoseException e) {
            throw new IllegalStateException("GET " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + url, e);
        }
    }
}
