package io.rasmi.testkit.openapi;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link OpenApiContract} in RestAssured's global filters before every {@code @QuarkusTest} test method, so
 * every service's tests are held to its document without a line in the tests. Registered as a Quarkus test
 * callback (META-INF/services), loaded in the same class loader as the tests and their RestAssured.
 */
public class InstallOpenApiContract implements QuarkusTestBeforeEachCallback {

    private static final OpenApiContract CONTRACT = new OpenApiContract();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(CONTRACT)) {
            RestAssured.filters(CONTRACT);
        }
    }
}
