package io.rasmi.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The public page passes each visitor's address to account-service, whose rate limit counts it. account-service
 * stands here as an HTTP server on a free port that answers "not official, resembles @&lt;the X-Forwarded-For it
 * received&gt;", so the page shows what reached it (account-service's own tests show that it then counts each address
 * apart, from the console only).
 */
@QuarkusTest
@TestProfile(PublicLookupVisitorAddressTest.WithAccountService.class)
class PublicLookupVisitorAddressTest {

    /** account-service's public lookup on a free port, echoing the visitor's address it is sent. */
    public static class WithAccountService implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EchoingPublicLookup.class));
        }
    }

    public static class EchoingPublicLookup implements QuarkusTestResourceLifecycleManager {

        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/public/v1/verify", exchange -> {
                List<String> forwarded = exchange.getRequestHeaders().getOrDefault("X-Forwarded-For", List.of());
                String sent = forwarded.isEmpty() ? "nothing" : String.join("|", forwarded);
                byte[] body = ("{\"official\":false,\"resembles\":[{\"platform\":\"X\",\"handle\":\"" + sent
                        + "\",\"entityCode\":\"moh\",\"similarity\":0.9}]}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return Map.of("quarkus.rest-client.account-service.url",
                    "http://127.0.0.1:" + server.getAddress().getPort());
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }

    @Test
    void shouldPassEachVisitorsAddressThatTheIngressForwards() {
        // The test client connects from this machine, which the console trusts as its proxy (as it trusts the
        // ingress controller in a deployment).
        given().header("X-Forwarded-For", "203.0.113.10").queryParam("platform", "X").queryParam("handle", "moh")
                .when().get("/verify")
                .then().statusCode(200)
                .body(containsString("@203.0.113.10<"));
        given().header("X-Forwarded-For", "203.0.113.11").queryParam("url", "https://x.com/moh")
                .when().get("/verify")
                .then().statusCode(200)
                .body(containsString("@203.0.113.11<"));
    }

    @Test
    void shouldPassOneAddressTheVisitorsOwnAndNotTheChainItSent() {
        given().header("X-Forwarded-For", "203.0.113.12, 198.51.100.7").queryParam("platform", "X")
                .queryParam("handle", "moh")
                .when().get("/verify")
                .then().statusCode(200)
                .body(containsString("@203.0.113.12<"))
                .body(not(containsString("198.51.100.7")));
    }

    @Test
    void shouldPassTheConnectionsAddressWhenNoProxyForwardedOne() {
        given().queryParam("platform", "X").queryParam("handle", "moh")
                .when().get("/verify")
                .then().statusCode(200)
                .body(containsString("@127.0.0.1<"));
    }
}
