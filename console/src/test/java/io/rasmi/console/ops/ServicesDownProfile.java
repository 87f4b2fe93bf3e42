package io.rasmi.console.ops;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The console as the module's page tests see it: signed in with the test-kit's signed bearer tokens (hybrid: the
 * code flow stays for browsers) and every service down (port 1 refuses at once), so each page's "unavailable" path
 * and each form's keep-what-was-typed path are what they exercise. The pages against the running services are
 * covered by the browser journeys in system-tests.
 */
public class ServicesDownProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.application-type", "hybrid",
                "quarkus.oidc.token.audience", "rasmi-api",
                "quarkus.rest-client.account-service.url", "http://127.0.0.1:1",
                "quarkus.rest-client.content-service.url", "http://127.0.0.1:1",
                "quarkus.rest-client.kpi-service.url", "http://127.0.0.1:1",
                "quarkus.rest-client.incident-service.url", "http://127.0.0.1:1");
    }
}
