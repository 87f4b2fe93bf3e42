package io.rasmi.incident;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import io.quarkus.arc.Arc;
import io.rasmi.directory.KnownAccounts;
import io.rasmi.events.AccountState;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.events.Platform;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestProducer;

/** Official accounts in this service's directory (sent as account-service would, on the real broker) and reports. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A new ACTIVE account of {@code entity}, registered 30 days ago, once the directory knows it. */
    public static UUID account(String entity, boolean verified) {
        return account(entity, verified, Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * A new ACTIVE account of {@code entity} registered at {@code registeredAt} (null: a state written before states
     * carried it), once the directory knows it.
     */
    public static UUID account(String entity, boolean verified, Instant registeredAt) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String handle = "acct" + id.toString().substring(0, 8);
        AccountState state = new AccountState(id, entity, Platform.FACEBOOK, handle,
                "https://www.facebook.com/" + handle, "وزارة الصحة", "Ministry of Health", AccountStatus.ACTIVE,
                verified, null, List.of(), 1, now, registeredAt);
        send(Topics.ACCOUNT_STATE, id.toString(),
                EventCodec.write(CloudEvent.of(EventType.ACCOUNT_STATE, id.toString(), entity, state, now)));
        KnownAccounts directory = Arc.container().instance(KnownAccounts.class).get();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> directory.findForEntity(id, entity).isPresent());
        return id;
    }

    public static void send(String topic, String key, String value) {
        KafkaTestProducer.send(topic, key, value);
    }

    /** A report body: the type, the accounts, detected a minute ago. */
    public static Map<String, Object> report(String type, UUID... accounts) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("accountIds", List.of(accounts).stream().map(UUID::toString).toList());
        body.put("detectedAt", Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("summary", "Unknown posts on the ministry's page");
        body.put("description", "Two posts we did not write appeared at 06:05.");
        body.put("personalDataExposed", false);
        body.put("evidence", List.of(Map.of("url", "https://evidence.moh.gov.iq/i/1.png",
                "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "note", "Screenshot")));
        return body;
    }

    /** Reports an incident as {@code entity}'s it-security and answers its id. */
    public static String reported(String entity, String type, UUID... accounts) {
        return Callers.itSecurity(entity).body(report(type, accounts)).post("/api/v1/incidents")
                .then().statusCode(201).extract().path("id");
    }
}
