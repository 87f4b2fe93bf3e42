package io.rasmi.incident;

import io.quarkus.test.common.QuarkusTestResource;
import io.rasmi.testkit.KafkaTestResource;
import io.rasmi.testkit.OidcTestResource;
import io.rasmi.testkit.PostgresTestResource;
import io.rasmi.testkit.SmtpTestResource;

/** The real parts every test of this service runs against, started once for the test JVM. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
public final class TestStack {
}
