package io.rasmi.account.lifecycle;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rasmi.account.Callers;
import io.rasmi.account.Fixtures;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.EventCodec;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestConsumer;

/** Accounts in a given state, for the tests of the lifecycle and what hangs on it. */
public final class AccountStates {

    public static final String ACCOUNTS = "/api/v1/accounts";

    private AccountStates() {
    }

    /** A new PROPOSED account of the entity, through the API. */
    public static String proposed(String entity) {
        if (entity.equals("moh") || entity.equals("mohe")) {
            return Fixtures.proposeAccount(entity);
        }
        return entityAdmin(entity).body(Fixtures.account(Fixtures.uniqueHandle(), "social@" + entity + ".gov.iq"))
                .post(ACCOUNTS).then().statusCode(201).extract().path("id");
    }

    /**
     * A newly registered entity of its own, for tests whose checks grow with the entity's accounts (a new password
     * is compared with the one every other account of the entity uses). Its domain is {@code <code>.gov.iq}.
     */
    public static String freshEntity() {
        // 't' and hex digits: a code that strongPassword() can never contain
        String code = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Callers.platformAdmin().body(Map.of("code", code, "nameAr", "هيئة الاختبار", "nameEn", "Test Authority",
                "kind", "MINISTRY", "websiteUrl", "https://" + code + ".gov.iq", "emailDomains",
                List.of(code + ".gov.iq"))).post("/api/v1/entities").then().statusCode(201);
        return code;
    }

    /**
     * A new account put straight into {@code status} in the database, as if its history had led there; a
     * COMPROMISED one was compromised an hour ago. For the steps that need an earlier state the API cannot reach
     * without the role-holder and device records.
     */
    public static String in(String entity, AccountStatus status) {
        String id = proposed(entity);
        force(id, status);
        return id;
    }

    public static void force(String id, AccountStatus status) {
        QuarkusTransaction.requiringNew().run(() -> {
            OfficialAccount account = OfficialAccount.findById(UUID.fromString(id));
            Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
            account.changeStatus(status, at);
        });
    }

    public static AccountStatus statusOf(String id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OfficialAccount.<OfficialAccount>findById(UUID.fromString(id)).status);
    }

    public static void decide(String entity, String id) {
        entityAdmin(entity).body(Map.of("decisionNumber", "2026/م/" + id.substring(0, 4), "decisionDate", "2026-01-10",
                "signatory", "Minister")).post(ACCOUNTS + "/" + id + "/decision").then().statusCode(200);
    }

    /** A password that passes G6.f for any account of the demo entities, and differs on every call. */
    public static String strongPassword() {
        // hex has no m, o or h, so the entity codes moh and mohe cannot appear; handles start with acct_
        return "Vx#" + UUID.randomUUID().toString().replace("-", "").substring(0, 14) + "!9";
    }

    public static void rotate(String entity, String id) {
        rotate(entity, id, strongPassword());
    }

    public static void rotate(String entity, String id, String password) {
        as(entity, "it-security").body(Map.of("newPassword", password))
                .post(ACCOUNTS + "/" + id + "/password-rotations").then().statusCode(201);
    }

    public static void reviewAccessHistory(String entity, String id) {
        as(entity, "it-security").body(Map.of("kind", "ACCESS_HISTORY", "reviewedAt", Instant.now().toString(),
                "findings", "Sessions checked after the compromise")).post(ACCOUNTS + "/" + id + "/reviews")
                .then().statusCode(201);
    }

    /** The account's events of one type on the account topic, in order. */
    public static List<ConsumerRecord<String, String>> events(String id, String type, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<ConsumerRecord<String, String>> found;
        do {
            found = KafkaTestConsumer.records(Topics.ACCOUNT_EVENTS, Duration.ofSeconds(5),
                    record -> id.equals(record.key()) && type.equals(EventCodec.read(record.value()).type()));
        } while (found.size() < atLeast && System.nanoTime() < deadline);
        return found;
    }
}
