package io.rasmi.account.security;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.rasmi.testkit.TestTokens;

/**
 * A token the service cannot verify locally is refused locally: a JWT signed with a key the realm's JWKS does not
 * have, or a token that is not a JWT at all, answers 401 without a call to Keycloak's introspection endpoint (one
 * unauthenticated request must not become one outbound call) and without a warning or an error in the log.
 */
@QuarkusTest
class UnknownSigningKeyTest {

    private static final String INTROSPECTION = ".*/protocol/openid-connect/token/introspect";
    private static final String JWKS = ".*/protocol/openid-connect/certs";

    @OidcWireMock
    WireMockServer keycloak;

    @Test
    void shouldRefuseATokenWithAnUnknownKeyIdLocally() {
        String token = TestTokens.user("moh-admin").entity("moh").roles("entity-admin").signedWithUnknownKey().token();
        assertRefusedLocally(token);
    }

    @Test
    void shouldRefuseATokenThatIsNotAJwtLocally() {
        assertRefusedLocally("not-a-token");
    }

    private void assertRefusedLocally(String token) {
        int introspectionsBefore = introspections();
        int jwksBefore = requests(JWKS);
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue() && record.getLoggerName() != null
                        && (record.getLoggerName().startsWith("io.quarkus.oidc")
                                || record.getLoggerName().startsWith("io.quarkus.security")
                                || record.getLoggerName().startsWith("io.quarkus.vertx.http"))) {
                    logged.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(recorder);
        try {
            for (int request = 0; request < 3; request++) {
                given().auth().oauth2(token).get("/api/v1/accounts")
                        .then().statusCode(401)
                        .contentType("application/problem+json");
            }
        } finally {
            root.removeHandler(recorder);
        }
        assertThat(logged).extracting(record -> record.getLevel() + " " + record.getLoggerName() + ": "
                + record.getMessage()).isEmpty();
        assertThat(introspections()).as("calls to the introspection endpoint").isEqualTo(introspectionsBefore);
        // An unknown key id may make the service look for a new key once (a key rotation), not once per request.
        assertThat(requests(JWKS) - jwksBefore).as("JWKS reads for three requests").isLessThanOrEqualTo(1);
    }

    private int introspections() {
        return requests(INTROSPECTION);
    }

    private int requests(String pathPattern) {
        return keycloak.findAll(anyRequestedFor(urlPathMatching(pathPattern))).size();
    }
}
