package io.rasmi.console;

import io.quarkus.test.common.QuarkusTestResource;
import io.rasmi.testkit.OidcTestResource;

/**
 * What the console's tests run against: a real OpenID Connect provider (the test-kit's, with a discovery document
 * and signing keys). The console has no database and no broker.
 */
@QuarkusTestResource(OidcTestResource.class)
public final class TestStack {
}
