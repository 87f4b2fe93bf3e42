package io.rasmi.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} application's Quarkus Mailer at the JVM's one {@link MailServer}, a real SMTP server
 * on a free port, starting it as needed. Real sending: the mailer's mock mode (on by default in tests) is turned off.
 * Stop leaves the server running for the next application start; it ends with the JVM.
 */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        int port = MailServer.start();
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        // the server is shared by every application start of this JVM
    }
}
